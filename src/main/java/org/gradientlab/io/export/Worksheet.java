package org.gradientlab.io.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A worksheet in Markdown: a title, the settings, the formulas written once, then one section per
 * table. The students' copy can show blanks ({@link WorksheetTable#BLANK}) in place of every
 * answer, with the filled-in tables in an answer key (appended or as its own file).
 */
public final class Worksheet {

    /** The heading of the answer key. */
    public static final String KEY_HEADING = "## Answer key";

    private final String title;
    private final List<String> settings = new ArrayList<>();
    private final List<String> formulas = new ArrayList<>();
    private final List<String> headings = new ArrayList<>();
    private final List<WorksheetTable> tables = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** An empty worksheet with this title. */
    public Worksheet(String title) {
        this.title = title;
    }

    /** A line of the settings list ("learning rate η = 0.1"). */
    public Worksheet setting(String line) {
        settings.add(line);
        return this;
    }

    /** A line of the formulas block. */
    public Worksheet formula(String line) {
        formulas.add(line);
        return this;
    }

    /** A section: a heading and its table. */
    public Worksheet section(String heading, WorksheetTable table) {
        headings.add(heading);
        tables.add(table);
        return this;
    }

    /** A note at the end ("the run diverged at step 4"). */
    public Worksheet note(String line) {
        notes.add(line);
        return this;
    }

    /** The tables, in order. */
    public List<WorksheetTable> tables() {
        return List.copyOf(tables);
    }

    /**
     * The worksheet in Markdown.
     *
     * @param blanks  answers shown as blanks
     * @param withKey with blanks, the answer key appended after the worksheet
     */
    public String markdown(boolean blanks, boolean withKey) {
        StringBuilder text = new StringBuilder();
        text.append("# ").append(title).append("\n\n");
        for (String line : settings) {
            text.append("- ").append(line).append('\n');
        }
        text.append("\n## Formulas\n\n```\n");
        for (String line : formulas) {
            text.append(line).append('\n');
        }
        text.append("```\n\n");
        if (blanks) {
            text.append("Fill in every ").append(WorksheetTable.BLANK)
                    .append(". Numbers are rounded to ").append(WorksheetNumbers.DIGITS)
                    .append(" significant digits; carry on from the rounded values or the exact ones.\n\n");
        }
        appendTables(text, blanks, "## ");
        for (String line : notes) {
            text.append(line).append("\n\n");
        }
        if (blanks && withKey) {
            text.append(answerKeyBody());
        }
        return text.toString();
    }

    /** The answer key alone, as its own file: the title and every table filled in. */
    public String answerKey() {
        return "# " + title + ": answer key\n\n" + answerKeyBody().substring(KEY_HEADING.length() + 2);
    }

    private String answerKeyBody() {
        StringBuilder text = new StringBuilder(KEY_HEADING).append("\n\n");
        appendTables(text, false, "### ");
        return text.toString();
    }

    private void appendTables(StringBuilder text, boolean blanks, String headingLevel) {
        for (int i = 0; i < tables.size(); i++) {
            text.append(headingLevel).append(headings.get(i)).append("\n\n");
            text.append(tables.get(i).markdown(blanks)).append('\n');
        }
    }
}
