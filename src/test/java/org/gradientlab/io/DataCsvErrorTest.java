package org.gradientlab.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of bad data file, answered with the file, the line and the problem. */
class DataCsvErrorTest {

    @TempDir
    Path folder;

    private String messageFor(byte[] content) throws IOException {
        Path file = folder.resolve("data.csv");
        Files.write(file, content);
        DataFileException e = assertThrows(DataFileException.class, () -> DataCsv.read(file));
        return e.getMessage().substring(file.toString().length());
    }

    private String messageFor(String content) throws IOException {
        return messageFor(content.getBytes(StandardCharsets.UTF_8));
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of(": the file is empty", ""),
                Arguments.of(": the file is empty", "\uFEFF"),
                Arguments.of(": the file is empty", "\n\n  \r\n"),
                Arguments.of(": no data rows after the header", "x,y"),
                Arguments.of(": no data rows after the header", "x,y\r\n"),
                Arguments.of(": no data rows after the header", "x,y\n\n\n"),
                Arguments.of(", line 1: the header must be x,y (found 'a,b')", "a,b\n1,2\n"),
                Arguments.of(", line 1: the header must be x,y (found 'y,x')", "y,x\n1,2\n"),
                Arguments.of(", line 1: the header must be x,y (found 'x')", "x\n1\n"),
                Arguments.of(", line 1: the header must be x,y (found 'x,y,z')", "x,y,z\n1,2,3\n"),
                Arguments.of(", line 1: the header must be x,y (found 'x;y')", "x;y\n1;2\n"),
                Arguments.of(", line 1: the header must be x,y (found '\"x\",\"y\"')", "\"x\",\"y\"\n1,2\n"),
                Arguments.of(", line 1: the header must be x,y (found '1.5,0')", "1.5,0\n2,1\n"),
                Arguments.of(", line 3: the header must be x,y (found 'xx,y')", "\n\nxx,y\n1,2\n"),
                Arguments.of(", line 2: expected 2 values, found 1", "x,y\n1.5\n"),
                Arguments.of(", line 3: expected 2 values, found 3", "x,y\n1,2\n1,2,3\n"),
                Arguments.of(", line 3: expected 2 values, found 3", "x,y\n1,2\n1,2,\n"),
                Arguments.of(", line 2: the y value is empty", "x,y\n1.5,\n"),
                Arguments.of(", line 2: the x value is empty", "x,y\n , 2\n"),
                Arguments.of(", line 7: 'abc' is not a number", "x,y\n1,2\n3,4\n\n5,6\n7,8\nabc,1\n"),
                Arguments.of(", line 2: '1.5.2' is not a number", "x,y\r\n1.5.2,1\r\n"),
                Arguments.of(", line 2: '0x10' is not a number", "x,y\n0x10,1\n"),
                Arguments.of(", line 2: expected 2 values, found 3", "x,y\n\"1,5\",2\n"),
                Arguments.of(", line 2: '\"1.5\"' is not a number", "x,y\n\"1.5\",2\n"),
                Arguments.of(", line 2: '1 2' is not a number", "x,y\n1 2,3\n"),
                Arguments.of(", line 9: 1e400 is not a finite number", "x,y\n1,1\n1,1\n1,1\n1,1\n1,1\n1,1\n1,1\n2,1e400\n"),
                Arguments.of(", line 2: -1e400 is not a finite number", "x,y\n-1e400,0\n"),
                Arguments.of(", line 2: NaN is not a finite number", "x,y\nNaN,0\n"),
                Arguments.of(", line 2: Infinity is not a finite number", "x,y\n1,Infinity\n"),
                Arguments.of(", line 2: -inf is not a finite number", "x,y\n1,-inf\n"),
                Arguments.of(", line 2: '1234567890123456789012345678901234567...' is not a number",
                        "x,y\n1," + "1234567890".repeat(10) + "x\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void namesTheFileTheLineAndTheProblem(String message, String content) throws IOException {
        assertEquals(message, messageFor(content));
    }

    @Test
    void binaryGarbageIsNotText() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertEquals(": binary content, not a CSV text file", messageFor(png));
        byte[] random = new byte[4096];
        new java.util.Random(1).nextBytes(random);
        random[100] = 0;
        assertEquals(": binary content, not a CSV text file", messageFor(random));
    }

    @Test
    void controlBytesInALineAreBinaryContent() throws IOException {
        assertEquals(", line 3: binary content, not a CSV text file", messageFor("x,y\n1,2\n3\u0007,4\n"));
        assertEquals(", line 1: binary content, not a CSV text file", messageFor("\u0001\u0002\u0003\n1,2\n"));
    }

    @Test
    void utf16IsNamed() throws IOException {
        assertEquals(": the file is UTF-16 text; save it as UTF-8 CSV", messageFor("x,y\n1,2\n".getBytes(StandardCharsets.UTF_16)));
        assertEquals(": the file is UTF-16 text; save it as UTF-8 CSV", messageFor(
                ("\uFEFFx,y\n1,2\n").getBytes(StandardCharsets.UTF_16LE)));
    }

    @Test
    void anEchoedCellStaysOnOneLine() throws IOException {
        assertEquals(", line 2: 'a?b' is not a number", messageFor("x,y\na\rb,1\n"));
        assertEquals(", line 2: 'é' is not a number", messageFor("x,y\né,1\n"));
    }

    @Test
    void aLineLongerThanTheBufferIsRefused() throws IOException {
        String longLine = "1," + " ".repeat(DataCsvParser.MAX_LINE) + "2\n";
        assertEquals(", line 3: the line is longer than 65536 bytes", messageFor("x,y\n1,2\n" + longLine));
    }

    @Test
    void aFolderIsNotAFile() {
        DataFileException e = assertThrows(DataFileException.class, () -> DataCsv.read(folder));
        assertEquals(folder + ": this is a folder, not a file", e.getMessage());
    }

    @Test
    void aMissingFileIsNotFound() {
        Path missing = folder.resolve("missing.csv");
        DataFileException e = assertThrows(DataFileException.class, () -> DataCsv.read(missing));
        assertEquals(missing + ": file not found", e.getMessage());
    }
}
