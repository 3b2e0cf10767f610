package org.gradientlab.io.export;

import java.util.ArrayList;
import java.util.List;

/**
 * One table of a worksheet: a header and rows of cells, each cell either given (the step number,
 * the data, the start) or an answer, which the students' copy shows as a blank to fill in.
 */
public final class WorksheetTable {

    /** What a student's copy shows in place of an answer. */
    public static final String BLANK = "____";

    /**
     * One cell.
     *
     * @param text   the number or word, as the answer key shows it
     * @param answer true when students work it out (a blank in their copy)
     */
    public record Cell(String text, boolean answer) {
    }

    private final List<String> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    /** A table with this header. */
    public WorksheetTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** A given cell holding a number, written as the worksheet writes numbers. */
    public static Cell given(double value) {
        return new Cell(WorksheetNumbers.format(value), false);
    }

    /** A given cell holding text. */
    public static Cell given(String text) {
        return new Cell(text, false);
    }

    /** An answer cell holding a number. */
    public static Cell answer(double value) {
        return new Cell(WorksheetNumbers.format(value), true);
    }

    /** An empty cell (a value that has no meaning in this row). */
    public static Cell empty() {
        return new Cell("", false);
    }

    /** Adds a row with one cell per column. */
    public WorksheetTable row(List<Cell> cells) {
        if (cells.size() != columns.size()) {
            throw new IllegalArgumentException(cells.size() + " cells for " + columns.size() + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /** The header. */
    public List<String> columns() {
        return columns;
    }

    /** The rows, as added. */
    public List<List<Cell>> rows() {
        return List.copyOf(rows);
    }

    /** The table in Markdown; with {@code blanks} every answer cell shows {@link #BLANK}. */
    public String markdown(boolean blanks) {
        StringBuilder text = new StringBuilder();
        text.append("| ").append(String.join(" | ", columns)).append(" |\n|");
        for (int c = 0; c < columns.size(); c++) {
            text.append(c == 0 ? "---|" : "---:|");
        }
        text.append('\n');
        for (List<Cell> row : rows) {
            text.append('|');
            for (Cell cell : row) {
                text.append(' ').append(blanks && cell.answer() ? BLANK : cell.text()).append(" |");
            }
            text.append('\n');
        }
        return text.toString();
    }
}
