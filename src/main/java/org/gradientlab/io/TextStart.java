package org.gradientlab.io;

/** What the first bytes of a data file say about it: UTF-8 (with or without a byte-order mark), or not text. */
final class TextStart {

    private TextStart() {
    }

    /**
     * Where the text starts in {@code buffer[0 .. limit)}: after a UTF-8 byte-order mark, else 0.
     *
     * @throws DataFileException for UTF-16 text or binary content (a zero byte), naming the file
     */
    static int checked(byte[] buffer, int limit, String name) throws DataFileException {
        int position = 0;
        if (startsWith(buffer, limit, 0xEF, 0xBB, 0xBF)) {
            position = 3;
        } else if (startsWith(buffer, limit, 0xFF, 0xFE) || startsWith(buffer, limit, 0xFE, 0xFF)) {
            throw new DataFileException(name + ": the file is UTF-16 text; save it as UTF-8 CSV");
        }
        for (int i = position; i < limit; i++) {
            if (buffer[i] == 0) {
                throw new DataFileException(name + ": binary content, not a CSV text file");
            }
        }
        return position;
    }

    private static boolean startsWith(byte[] buffer, int limit, int... bytes) {
        if (limit < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((buffer[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
