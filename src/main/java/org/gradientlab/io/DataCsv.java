package org.gradientlab.io;

import java.nio.file.Path;
import org.gradientlab.engine.DataSet;

/**
 * Reads data files: CSV with a header row naming the columns x,y and one pair per line.
 * SKELETON: to be implemented.
 */
public final class DataCsv {

    private DataCsv() {
    }

    /**
     * Reads a whole data file. Errors name the file, the line and the problem, and load nothing.
     *
     * @throws DataFileException if the file is missing, empty, lacks the x,y header, or has a row
     *     that is not two finite numbers
     */
    public static DataSet read(Path file) throws DataFileException {
        throw new UnsupportedOperationException("not yet implemented");
    }
}
