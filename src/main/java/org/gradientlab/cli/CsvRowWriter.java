package org.gradientlab.cli;

import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes CSV rows of numbers in full precision (Java's {@code Double.toString}, SPEC section 5), one
 * row per line ending in {@code \n}, each row a whole-number step and then doubles:
 * {@code rows.beginRow(step).add(w).add(f).add(grad).endRow()}. Made for tens of millions of rows:
 * no objects per row; text collects in one reused buffer and goes out as ASCII bytes in large chunks.
 * Nothing reaches the stream until the buffer fills or {@link #flush()} is called.
 */
public final class CsvRowWriter implements Flushable {

    private static final int CHUNK = 1 << 16;

    private final OutputStream out;
    private final StringBuilder text = new StringBuilder(CHUNK + 1024);
    private final byte[] bytes = new byte[CHUNK + 1024];

    /** Rows go to {@code out}, which the caller closes. */
    public CsvRowWriter(OutputStream out) {
        this.out = out;
    }

    /** Writes the header row; column names are plain ASCII without commas. */
    public CsvRowWriter header(String... columns) throws IOException {
        text.append(String.join(",", columns)).append('\n');
        drainIfFull();
        return this;
    }

    /** Starts a row with its step. */
    public CsvRowWriter beginRow(long step) {
        text.append(step);
        return this;
    }

    /** Adds one number to the row, as {@code Double.toString} writes it. */
    public CsvRowWriter add(double value) {
        // StringBuilder.append(double) writes the digits of Double.toString without making a String.
        text.append(',').append(value);
        return this;
    }

    /** Ends the row. */
    public void endRow() throws IOException {
        text.append('\n');
        drainIfFull();
    }

    private void drainIfFull() throws IOException {
        if (text.length() >= CHUNK) {
            drain();
        }
    }

    private void drain() throws IOException {
        int start = 0;
        while (start < text.length()) {
            int length = Math.min(bytes.length, text.length() - start);
            for (int i = 0; i < length; i++) {
                // Numbers and header names are ASCII, so each char is one byte.
                bytes[i] = (byte) text.charAt(start + i);
            }
            out.write(bytes, 0, length);
            start += length;
        }
        text.setLength(0);
    }

    /** Sends every buffered row to the stream and flushes it. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }
}
