package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionsTest {

    private static final List<String> KNOWN = List.of("f", "lr", "steps", "every", "optimizer");

    private static Options parse(String... args) throws UsageException {
        return Options.parse(args, 0, KNOWN);
    }

    private static String problem(String... args) {
        return assertThrows(UsageException.class, () -> parse(args)).getMessage();
    }

    @Test
    void readsNameValuePairsInAnyOrder() throws UsageException {
        Options options = parse("--steps", "10", "--lr", "0.5", "--f", "w^2");
        assertEquals(0.5, options.requireDouble("lr"));
        assertEquals(10, options.requireLong("steps", 0));
        assertEquals("w^2", options.requireString("f"));
        assertFalse(options.has("every"));
        assertFalse(options.helpRequested());
    }

    @Test
    void startsAtTheGivenIndex() throws UsageException {
        Options options = Options.parse(new String[] {"descent", "--lr", "2"}, 1, KNOWN);
        assertEquals(2, options.requireDouble("lr"));
    }

    @Test
    void aValueMayStartWithAMinus() throws UsageException {
        Options options = parse("--lr", "-3e-2", "--f", "-w^2");
        assertEquals(-0.03, options.requireDouble("lr"));
        assertEquals("-w^2", options.requireString("f"));
    }

    @Test
    void anEqualsSignJoinsNameAndValue() throws UsageException {
        assertEquals("--w", parse("--f=--w").requireString("f"));
        assertEquals("", parse("--f=").requireString("f"));
    }

    @Test
    void rejectsAnUnknownOption() {
        assertEquals("unknown option --foo", problem("--lr", "1", "--foo", "2"));
        assertEquals("unknown option --foo", problem("--foo=2"));
    }

    @Test
    void rejectsAnOptionGivenTwice() {
        assertEquals("option --lr given twice", problem("--lr", "1", "--lr", "2"));
    }

    @Test
    void rejectsAnOptionWithoutItsValue() {
        assertEquals("option --lr needs a value", problem("--steps", "3", "--lr"));
        assertEquals("option --lr needs a value", problem("--lr", "--steps", "3"));
    }

    @Test
    void rejectsAStrayArgument() {
        assertEquals("unexpected argument '0.5' (options are written --name value)", problem("--lr", "1", "0.5"));
    }

    @Test
    void helpIsAlwaysAccepted() throws UsageException {
        assertTrue(parse("--lr", "1", "--help").helpRequested());
    }

    @Test
    void aMissingRequiredOptionIsNamed() throws UsageException {
        Options options = parse("--lr", "1");
        assertEquals("missing required option --steps",
                assertThrows(UsageException.class, () -> options.requireLong("steps", 0)).getMessage());
        assertEquals("missing required option --f",
                assertThrows(UsageException.class, () -> options.requireString("f")).getMessage());
    }

    @Test
    void optionalValuesFallBack() throws UsageException {
        Options options = parse();
        assertEquals(0.9, options.optionalDouble("lr", 0.9));
        assertEquals(1, options.optionalLong("every", 1, 1));
        assertEquals("gd", options.optionalChoice("optimizer", "gd", "optimizer", List.of("gd", "adam")));
        assertEquals(null, options.optionalString("f", null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "NaN", "Infinity", "-Infinity", "1e999", "0x10", "1f", "2d", "1.5.2", "1e", "--1"})
    void rejectsWhatIsNotAFiniteDecimalNumber(String text) throws UsageException {
        Options options = parse("--lr=" + text);
        assertEquals("--lr: '" + text + "' is not a finite number",
                assertThrows(UsageException.class, () -> options.requireDouble("lr")).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "-2.5", "+3", ".5", "5.", "1e-3", "2E+10", "0"})
    void acceptsDecimalNumbers(String text) throws UsageException {
        assertEquals(Double.parseDouble(text), parse("--lr", text).requireDouble("lr"));
    }

    @Test
    void wholeNumbersHaveALowerBound() throws UsageException {
        assertEquals("--steps must be at least 0",
                assertThrows(UsageException.class, () -> parse("--steps", "-1").requireLong("steps", 0)).getMessage());
        assertEquals("--every must be at least 1",
                assertThrows(UsageException.class, () -> parse("--every", "0").optionalLong("every", 1, 1)).getMessage());
        assertEquals(30_000_000L, parse("--steps", "30000000").requireLong("steps", 0));
    }

    @Test
    void rejectsWhatIsNotAWholeNumber() {
        assertEquals("--steps: '2.5' is not a whole number",
                assertThrows(UsageException.class, () -> parse("--steps", "2.5").requireLong("steps", 0)).getMessage());
        assertEquals("--steps: '1e6' is not a whole number",
                assertThrows(UsageException.class, () -> parse("--steps", "1e6").requireLong("steps", 0)).getMessage());
        assertEquals("--steps: '99999999999999999999' is too large",
                assertThrows(UsageException.class, () -> parse("--steps", "99999999999999999999").requireLong("steps", 0))
                        .getMessage());
    }

    @Test
    void aChoiceOutsideTheListNamesTheList() throws UsageException {
        Options options = parse("--optimizer", "sgd");
        assertEquals("unknown optimizer 'sgd' (expected gd, momentum, rmsprop, adam)",
                assertThrows(UsageException.class, () -> options.optionalChoice("optimizer", "gd", "optimizer",
                        List.of("gd", "momentum", "rmsprop", "adam"))).getMessage());
    }
}
