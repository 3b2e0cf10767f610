package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

    @TempDir
    Path folder;

    private List<Path> filesInFolder() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void theFileAppearsOnlyOnCommit() throws IOException, UsageException {
        Path target = folder.resolve("run.csv");
        try (CsvOutput output = CsvOutput.toFile(target.toString())) {
            output.stream().write("step\n0\n".getBytes(StandardCharsets.US_ASCII));
            assertFalse(Files.exists(target));
            output.commit();
        }
        assertEquals("step\n0\n", Files.readString(target));
        assertEquals(List.of(target), filesInFolder(), "no temporary file left");
    }

    @Test
    void withoutCommitAnExistingFileIsLeftAsItWas() throws IOException, UsageException {
        Path target = folder.resolve("run.csv");
        Files.writeString(target, "before");
        try (CsvOutput output = CsvOutput.toFile(target.toString())) {
            output.stream().write("half a run".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals("before", Files.readString(target));
        assertEquals(List.of(target), filesInFolder(), "no temporary file left");
    }

    @Test
    void commitReplacesAnExistingFile() throws IOException, UsageException {
        Path target = folder.resolve("run.csv");
        Files.writeString(target, "before, and longer than after");
        try (CsvOutput output = CsvOutput.toFile(target.toString())) {
            output.stream().write("after".getBytes(StandardCharsets.US_ASCII));
            output.commit();
        }
        assertEquals("after", Files.readString(target));
    }

    @Test
    void aMissingFolderIsBadInput() {
        Path target = folder.resolve("no-such-folder").resolve("run.csv");
        String message = assertThrows(UsageException.class, () -> CsvOutput.toFile(target.toString())).getMessage();
        assertEquals("--out: folder '" + target.getParent().toAbsolutePath() + "' does not exist", message);
    }

    @Test
    void aFolderIsNotAFile() {
        String message = assertThrows(UsageException.class, () -> CsvOutput.toFile(folder.toString())).getMessage();
        assertEquals("--out: '" + folder + "' is a folder, not a file", message);
    }

    @Test
    void stdoutReceivesTheBytesAndStaysOpen() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(bytes, false, StandardCharsets.US_ASCII);
        try (CsvOutput output = CsvOutput.toStdout(stdout)) {
            output.stream().write("a,b\n".getBytes(StandardCharsets.US_ASCII));
            output.commit();
        }
        stdout.print("more");
        stdout.flush();
        assertEquals("a,b\nmore", bytes.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void aFailingStdoutBecomesAnIOException() {
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        });
        CsvOutput output = CsvOutput.toStdout(broken);
        assertThrows(IOException.class, () -> output.stream().write(new byte[] {'x'}));
    }
}
