package org.gradientlab.io.lesson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads and writes lesson files (JSON, see {@link LessonJson}). Reading answers every problem, from an
 * empty or truncated file to a NaN in the data, with one {@link LessonFileException} that names the
 * file, the line and column, and the field; writing goes through {@link AtomicWrite}, so a failed save
 * leaves the old file whole.
 */
public final class LessonFiles {

    /** The largest lesson file read or written: 1 MiB holds about 20,000 points of data. */
    public static final int MAX_BYTES = 1 << 20;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectMapper MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    /** Two-space indents, "name": value, and \n on every system, so a saved file is the same everywhere. */
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER)));

    private LessonFiles() {
    }

    /** The lesson in the file; the message of any failure starts with the file's name. */
    public static LessonFile read(Path path) throws LessonFileException {
        String name = String.valueOf(path.getFileName());
        try {
            if (Files.isDirectory(path)) {
                throw new LessonFileException(name + ": is a folder, not a lesson file");
            }
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new LessonFileException(name + ": " + tooLarge(size));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in, name);
            }
        } catch (NoSuchFileException e) {
            throw new LessonFileException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new LessonFileException(name + ": cannot be read (permission denied)");
        } catch (IOException e) {
            throw new LessonFileException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The lesson in the stream (at most {@link #MAX_BYTES}), named {@code name} in messages. */
    public static LessonFile read(InputStream in, String name) throws LessonFileException, IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new LessonFileException(name + ": " + tooLarge(content.length));
        }
        return parse(content, name);
    }

    private static String tooLarge(long size) {
        return String.format(Locale.ROOT, "the file is too large for a lesson (%.1f MiB; at most 1 MiB)", size / (double) (1 << 20));
    }

    /** The lesson in the bytes: JSON syntax first, then the format and version, then every field. */
    static LessonFile parse(byte[] content, String name) throws LessonFileException {
        if (new String(content, StandardCharsets.UTF_8).isBlank()) {
            throw new LessonFileException(name + ": the file is empty");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new LessonFileException(where(name, e.getLocation()) + ": " + JsonSyntax.explain(e));
        } catch (IOException e) {
            throw new LessonFileException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        try {
            return LessonJson.fromTree(root);
        } catch (LessonFileException e) {
            JsonLocation at = e.field() == null ? null : JsonLocator.locate(content, e.field());
            throw e.in(where(name, at));
        }
    }

    private static String where(String name, JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? name : name + ", line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /** The file's bytes for a lesson: pretty JSON ending in a newline. */
    public static byte[] toBytes(LessonFile lesson) {
        try {
            byte[] json = WRITER.writeValueAsBytes(LessonJson.toTree(lesson));
            byte[] withNewline = Arrays.copyOf(json, json.length + 1);
            withNewline[json.length] = '\n';
            return withNewline;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }

    /**
     * Saves the lesson at {@code target}, replacing it whole or not at all.
     *
     * @throws IOException the lesson has a value no file may hold, is too large, or cannot be written;
     *                     the message names the file, and an existing file is left as it was
     */
    public static void write(LessonFile lesson, Path target) throws IOException {
        AtomicWrite.write(target, checkedBytes(lesson, target), stream -> stream);
    }

    /** The bytes to save, checked first so nothing is written for a lesson that could not be opened again. */
    static byte[] checkedBytes(LessonFile lesson, Path target) throws IOException {
        try {
            LessonChecks.check(lesson);
        } catch (LessonFileException e) {
            throw new IOException(target.getFileName() + ": not saved: " + e.getMessage());
        }
        byte[] bytes = toBytes(lesson);
        if (bytes.length > MAX_BYTES) {
            throw new IOException(target.getFileName() + ": not saved: " + tooLarge(bytes.length));
        }
        return bytes;
    }
}
