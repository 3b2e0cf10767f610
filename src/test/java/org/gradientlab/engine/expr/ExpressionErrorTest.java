package org.gradientlab.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of message a person can get for a typed f(w), with its 1-based column. */
class ExpressionErrorTest {

    static Stream<Arguments> badInput() {
        return Stream.of(
                // nothing typed
                Arguments.of("", "empty expression at column 1"),
                Arguments.of("   \t", "empty expression at column 1"),
                // a token where it cannot stand
                Arguments.of("sin(w))", "unexpected ')' at column 7"),
                Arguments.of(")", "unexpected ')' at column 1"),
                Arguments.of("()", "unexpected ')' at column 2"),
                Arguments.of("w + )", "unexpected ')' at column 5"),
                Arguments.of("sin()", "unexpected ')' at column 5"),
                Arguments.of("*w", "unexpected '*' at column 1"),
                Arguments.of("w**2", "unexpected '*' at column 3"),
                Arguments.of("w^^2", "unexpected '^' at column 3"),
                Arguments.of("(/w)", "unexpected '/' at column 2"),
                Arguments.of("2^*3", "unexpected '*' at column 3"),
                // input that stops too soon
                Arguments.of("w+", "unexpected end of input at column 3"),
                Arguments.of("w + ", "unexpected end of input at column 5"),
                Arguments.of("-", "unexpected end of input at column 2"),
                Arguments.of("w^", "unexpected end of input at column 3"),
                Arguments.of("sin(", "unexpected end of input at column 5"),
                Arguments.of("(w", "missing ')' at column 3"),
                Arguments.of("sin((w)", "missing ')' at column 8"),
                Arguments.of("((w) + 1 ", "missing ')' at column 10"),
                // names
                Arguments.of("sinh(w)", "unknown function 'sinh' at column 1"),
                Arguments.of("sinh (w)", "unknown function 'sinh' at column 1"),
                Arguments.of("2*Sin(w)", "unknown function 'Sin' at column 3"),
                Arguments.of("ln(w)", "unknown function 'ln' at column 1"),
                Arguments.of("x", "unknown name 'x' at column 1"),
                Arguments.of("w + W", "unknown name 'W' at column 5"),
                Arguments.of("w2", "unknown name 'w2' at column 1"),
                Arguments.of("w_1 + 1", "unknown name 'w_1' at column 1"),
                Arguments.of("pie", "unknown name 'pie' at column 1"),
                Arguments.of("\u03c0*w", "unknown name '\u03c0' at column 1"),
                Arguments.of("sin w", "'sin' needs '(' at column 5"),
                Arguments.of("exp", "'exp' needs '(' at column 4"),
                Arguments.of("sigmoid + 1", "'sigmoid' needs '(' at column 9"),
                // two operands in a row: there is no implicit multiplication
                Arguments.of("2w", "missing operator before 'w' at column 2"),
                Arguments.of("2 3", "missing operator before '3' at column 3"),
                Arguments.of("(w)(w)", "missing operator before '(' at column 4"),
                Arguments.of("w(2)", "missing operator before '(' at column 2"),
                Arguments.of("2pi", "missing operator before 'pi' at column 2"),
                Arguments.of("2exp(w)", "missing operator before 'exp' at column 2"),
                Arguments.of("2e", "missing operator before 'e' at column 2"),
                Arguments.of("2E+", "missing operator before 'E' at column 2"),
                Arguments.of("1.5e-w", "missing operator before 'e' at column 4"),
                Arguments.of("1.5.2", "missing operator before '.2' at column 4"),
                // numbers
                Arguments.of("1e400", "number too large at column 1"),
                Arguments.of("w + 1e400", "number too large at column 5"),
                Arguments.of("1.8e308", "number too large at column 1"),
                Arguments.of("9".repeat(400), "number too large at column 1"),
                Arguments.of("1.", "expected a digit after '.' at column 3"),
                Arguments.of("1.e3", "expected a digit after '.' at column 3"),
                Arguments.of(".", "expected a digit after '.' at column 2"),
                Arguments.of("w*.w", "expected a digit after '.' at column 4"),
                // characters outside the grammar
                Arguments.of("w*#", "unexpected '#' at column 3"),
                Arguments.of("w = 2", "unexpected '=' at column 3"),
                Arguments.of("w, 2", "unexpected ',' at column 2"),
                Arguments.of("[w]", "unexpected '[' at column 1"),
                Arguments.of("_w", "unexpected '_' at column 1"),
                Arguments.of("w\u0007", "unexpected character U+0007 at column 2"),
                Arguments.of("w\u0000", "unexpected character U+0000 at column 2"),
                Arguments.of("w\u200b", "unexpected character U+200B at column 2"),
                Arguments.of("w*\ud83d\ude00", "unexpected '\ud83d\ude00' at column 3"),
                Arguments.of("w\ud800", "unexpected character U+D800 at column 2"),
                // columns count every character typed, white space included
                Arguments.of("\t\tw)", "unexpected ')' at column 4"),
                Arguments.of("  sin  (  w  )  )", "unexpected ')' at column 17"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badInput")
    void badInputIsAnsweredWithWhatAndWhere(String typed, String message) {
        ExpressionException error = assertThrows(ExpressionException.class, () -> Expression.parse(typed));
        assertEquals(message, error.getMessage());
        assertEquals(message, error.problem() + " at column " + error.column());
    }

    @Test
    void theFirstProblemFromTheLeftIsReported() {
        ExpressionException error = assertThrows(ExpressionException.class, () -> Expression.parse("w + x + sinh(w) + )"));
        assertEquals("unknown name 'x'", error.problem());
        assertEquals(5, error.column());
    }
}
