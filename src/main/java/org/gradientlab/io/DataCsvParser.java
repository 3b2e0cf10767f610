package org.gradientlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.mlp.TrainingSet;

/**
 * The byte-level reading of one data file for {@link DataCsv}: lines are found in a reused buffer
 * and numbers read in place, so a row costs no objects. One parser reads one file: x,y pairs, or
 * for a network's training set (SPEC section 7) x,y or x1,x2,y with every y in [0, 1].
 */
final class DataCsvParser {

    /** The longest line; a row of two numbers is far shorter. */
    static final int MAX_LINE = 1 << 16;
    private static final int ECHO_LENGTH = 40;

    private final String name;
    private final InputStream in;
    /** Whether x1,x2,y is accepted too and y must lie in [0, 1]. */
    private final boolean trainingSet;
    /** Values per row: 2 for x,y, 3 for x1,x2,y. */
    private int columns = 2;
    private final byte[] buffer = new byte[MAX_LINE];
    /** Bytes of the buffer not yet read as lines are buffer[position .. limit). */
    private int position;
    private int limit;
    private boolean endOfFile;
    private long lineNumber;
    private int lineStart;
    private int lineEnd;
    /** The inputs, row by row: x, or x1 then x2. */
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private int size;

    private final DataCsv.RowCheck check;

    /**
     * @param trainingSet whether to read a network's training set (x,y or x1,x2,y, y in [0, 1])
     * @param check       a rule every x,y row must also keep
     */
    DataCsvParser(String name, InputStream in, boolean trainingSet, DataCsv.RowCheck check) {
        this.name = name;
        this.in = in;
        this.trainingSet = trainingSet;
        this.check = check;
    }

    /** The x,y pairs of the file. */
    DataSet parse() throws IOException, DataFileException {
        readAll();
        return new DataSet(Arrays.copyOf(x, size), Arrays.copyOf(y, size));
    }

    /** The pairs of a training set: one input (x,y) or two (x1,x2,y). */
    TrainingSet parseTrainingSet() throws IOException, DataFileException {
        readAll();
        return new TrainingSet(columns - 1, Arrays.copyOf(x, (columns - 1) * size), Arrays.copyOf(y, size));
    }

    private void readAll() throws IOException, DataFileException {
        fill();
        checkStart();
        boolean header = false;
        while (nextLine()) {
            if (isBlank()) {
                continue;
            }
            if (header) {
                readRow();
            } else {
                checkHeader();
                header = true;
            }
        }
        if (!header) {
            throw new DataFileException(name + ": the file is empty");
        }
        if (size == 0) {
            throw new DataFileException(name + ": no data rows after the header");
        }
    }

    /** Skips a UTF-8 byte-order mark; turns away UTF-16 and binary files before reading lines. */
    private void checkStart() throws DataFileException {
        position = TextStart.checked(buffer, limit, name);
    }

    /** Reads more bytes after buffer[limit], until the buffer is full or the file ends. */
    private void fill() throws IOException {
        while (!endOfFile && limit < buffer.length) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                endOfFile = true;
            } else {
                limit += read;
            }
        }
    }

    /** Finds the next line, sets lineStart and lineEnd (without the line break); false at the end. */
    private boolean nextLine() throws IOException, DataFileException {
        int scan = position;
        while (true) {
            while (scan < limit && buffer[scan] != '\n') {
                scan++;
            }
            if (scan < limit || (endOfFile && position < limit)) {
                lineNumber++;
                lineStart = position;
                lineEnd = scan > lineStart && buffer[scan - 1] == '\r' ? scan - 1 : scan;
                position = Math.min(scan + 1, limit);
                return true;
            }
            if (endOfFile) {
                return false;
            }
            if (position == 0) {
                throw new DataFileException(name + ", line " + (lineNumber + 1) + ": the line is longer than "
                        + MAX_LINE + " bytes");
            }
            // Move the unfinished line to the front and read on after it.
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            scan -= position;
            limit -= position;
            position = 0;
            fill();
        }
    }

    private boolean isBlank() {
        return trimStart(lineStart, lineEnd) == lineEnd;
    }

    private void checkHeader() throws DataFileException {
        int comma = indexOfComma(lineStart, lineEnd);
        int second = comma < 0 ? -1 : indexOfComma(comma + 1, lineEnd);
        boolean twoNames = comma >= 0 && second < 0
                && isName(lineStart, comma, "x") && isName(comma + 1, lineEnd, "y");
        boolean threeNames = trainingSet && second >= 0 && indexOfComma(second + 1, lineEnd) < 0
                && isName(lineStart, comma, "x1") && isName(comma + 1, second, "x2") && isName(second + 1, lineEnd, "y");
        if (!twoNames && !threeNames) {
            throw problem(hasControlBytes(lineStart, lineEnd) ? binaryContent()
                    : "the header must be " + (trainingSet ? "x,y or x1,x2,y" : "x,y") + " (found '"
                    + echo(lineStart, lineEnd) + "')");
        }
        if (threeNames) {
            columns = 3;
            x = new double[2 * y.length];
        }
    }

    /** Whether the cell is this name, in either case ({@code | 0x20} leaves digits as they are). */
    private boolean isName(int from, int to, String name) {
        int start = trimStart(from, to);
        int end = trimEnd(start, to);
        if (end - start != name.length()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if ((buffer[start + i] | 0x20) != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void readRow() throws DataFileException {
        int comma = indexOfComma(lineStart, lineEnd);
        int values = 1;
        for (int c = comma; c >= 0; c = indexOfComma(c + 1, lineEnd)) {
            values++;
        }
        if (values != columns) {
            throw problem("expected " + columns + " values, found " + values);
        }
        if (size == y.length) {
            y = Arrays.copyOf(y, 2 * size);
            x = Arrays.copyOf(x, (columns - 1) * y.length);
        }
        int yStart = comma + 1;
        if (columns == 3) {
            int second = indexOfComma(comma + 1, lineEnd);
            x[2 * size] = value(lineStart, comma, "x1");
            x[2 * size + 1] = value(comma + 1, second, "x2");
            yStart = second + 1;
        } else {
            x[size] = value(lineStart, comma, "x");
        }
        y[size] = value(yStart, lineEnd, "y");
        if (trainingSet && !(y[size] >= 0 && y[size] <= 1)) {
            throw problem("y must be from 0 to 1 (found " + echo(trimStart(yStart, lineEnd), trimEnd(yStart, lineEnd)) + ")");
        }
        String refused = columns == 2 ? check.problem(x[size], y[size]) : null;
        if (refused != null) {
            throw problem(refused);
        }
        size++;
    }

    private double value(int from, int to, String column) throws DataFileException {
        int start = trimStart(from, to);
        int end = trimEnd(start, to);
        double value = DecimalParser.parse(buffer, start, end);
        if (Double.isFinite(value)) {
            return value;
        }
        if (start == end) {
            throw problem("the " + column + " value is empty");
        }
        if (hasControlBytes(start, end)) {
            throw problem(binaryContent());
        }
        String text = echo(start, end);
        if (Double.isInfinite(value) || text.matches("(?i)[+-]?(nan|inf|infinity)")) {
            throw problem(text + " is not a finite number");
        }
        throw problem("'" + text + "' is not a number");
    }

    private int indexOfComma(int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == ',') {
                return i;
            }
        }
        return -1;
    }

    /** Spaces, tabs and a stray carriage return around a cell are not part of it. */
    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\r';
    }

    private int trimStart(int from, int to) {
        while (from < to && isSpace(buffer[from])) {
            from++;
        }
        return from;
    }

    private int trimEnd(int from, int to) {
        while (to > from && isSpace(buffer[to - 1])) {
            to--;
        }
        return to;
    }

    private boolean hasControlBytes(int from, int to) {
        for (int i = from; i < to; i++) {
            if ((buffer[i] >= 0 && buffer[i] < ' ' && !isSpace(buffer[i])) || buffer[i] == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static String binaryContent() {
        return "binary content, not a CSV text file";
    }

    /** The text of buffer[from .. to) for a message: one short line whatever the bytes are. */
    private String echo(int from, int to) {
        String text = new String(buffer, from, to - from, StandardCharsets.UTF_8);
        if (text.length() > ECHO_LENGTH) {
            text = text.substring(0, ECHO_LENGTH - 3) + "...";
        }
        StringBuilder printable = new StringBuilder(text.length());
        text.codePoints().forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return printable.toString();
    }

    private DataFileException problem(String what) {
        return new DataFileException(name + ", line " + lineNumber + ": " + what);
    }
}
