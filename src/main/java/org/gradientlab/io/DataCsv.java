package org.gradientlab.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.mlp.TrainingSet;

/**
 * Reads data files: CSV with a header row naming the columns x,y and one pair per line.
 *
 * <ul>
 *   <li>Text is UTF-8 (ASCII in practice), with or without a byte-order mark; lines end in
 *       {@code \n} or {@code \r\n}, the last one with or without it.</li>
 *   <li>The header is the two names {@code x} and {@code y} in that order, in either case.</li>
 *   <li>Cells are separated by commas, without quotes; spaces and tabs around a cell are ignored.</li>
 *   <li>A value is a finite number in plain decimal notation ({@code -1.5}, {@code .5},
 *       {@code 2e-3}), read as {@code Double.parseDouble} reads it; NaN, Infinity and hex are
 *       rejected.</li>
 *   <li>Blank lines (empty, or only spaces and tabs) are skipped wherever they are; line numbers
 *       in messages still count them, so they match what an editor shows.</li>
 * </ul>
 *
 * The file is read as a stream of bytes, so a million rows load quickly and only the two arrays of
 * numbers are kept.
 */
public final class DataCsv {

    private DataCsv() {
    }

    /**
     * Reads a whole data file. Errors name the file (as given), the line when there is one, and the
     * problem, e.g. {@code data.csv, line 7: 'abc' is not a number}, and load nothing.
     *
     * @throws DataFileException if the file is missing, unreadable, empty, binary, lacks the x,y
     *     header, has no rows, or has a row that is not two finite numbers
     */
    public static DataSet read(Path file) throws DataFileException {
        return read(file, (x, y) -> null);
    }

    /** A rule every x,y row must keep besides being two numbers (a cost's range of y, say). */
    @FunctionalInterface
    public interface RowCheck {
        /** Why the row is refused, e.g. "y = 2 is outside [0, 1]", or null if it is good. */
        String problem(double x, double y);
    }

    /**
     * Reads a whole data file whose rows must also pass {@code check}; a row that does not is
     * answered with its line, e.g. {@code data.csv, line 4: y = 2 is outside [0, 1]: ...}.
     */
    public static DataSet read(Path file, RowCheck check) throws DataFileException {
        return open(file, false, check, DataCsvParser::parse);
    }

    /**
     * Reads a network's training set (SPEC section 7): the header x,y (one input) or x1,x2,y (two
     * inputs), and every y from 0 to 1; otherwise as {@link #read}, e.g. {@code data.csv, line 4: y
     * must be from 0 to 1 (found 1.5)}.
     */
    public static TrainingSet readTrainingSet(Path file) throws DataFileException {
        return open(file, true, (x, y) -> null, DataCsvParser::parseTrainingSet);
    }

    /** What to read from the open file. */
    private interface Parse<T> {
        T run(DataCsvParser parser) throws IOException, DataFileException;
    }

    /** Opens the file and parses it, turning I/O errors into messages that name the file. */
    private static <T> T open(Path file, boolean trainingSet, RowCheck check, Parse<T> parse) throws DataFileException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw new DataFileException(name + ": this is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return parse.run(new DataCsvParser(name, in, trainingSet, check));
        } catch (NoSuchFileException e) {
            throw new DataFileException(name + ": file not found", e);
        } catch (AccessDeniedException e) {
            throw new DataFileException(name + ": cannot be read (permission denied)", e);
        } catch (IOException e) {
            throw new DataFileException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
