package org.gradientlab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gradientlab.engine.DataSet;
import org.gradientlab.io.DataCsv;
import org.gradientlab.io.DataFileException;

/** {@code --data FILE.csv}, shared by the commands that train on a data file (SPEC section 5). */
final class DataFileOption {

    private DataFileOption() {
    }

    /** The x,y pairs of the file; a bad name or a bad file is bad input whose message names the file. */
    static DataSet read(String file) throws UsageException {
        return read(file, (x, y) -> null);
    }

    /** The x,y pairs of the file, every row also passing {@code check} (the message then names its line). */
    static DataSet read(String file, DataCsv.RowCheck check) throws UsageException {
        Path path;
        try {
            path = Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("--data: '" + file + "' is not a valid file name");
        }
        try {
            return DataCsv.read(path, check);
        } catch (DataFileException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
