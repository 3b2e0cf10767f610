package org.gradientlab.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.gradientlab.engine.DataSet;
import org.gradientlab.engine.mlp.TrainingSet;
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
        try {
            return DataCsv.read(path(file), check);
        } catch (DataFileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** A network's training set, x,y or x1,x2,y with y from 0 to 1 (SPEC section 7); bad input as for {@link #read}. */
    static TrainingSet readTrainingSet(String file) throws UsageException {
        try {
            return DataCsv.readTrainingSet(path(file));
        } catch (DataFileException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private static Path path(String file) throws UsageException {
        try {
            return Path.of(file);
        } catch (InvalidPathException e) {
            throw new UsageException("--data: '" + file + "' is not a valid file name");
        }
    }
}
