package org.gradientlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void helpPrintsTheUsageOfEveryCommand() {
        for (String help : new String[] {"help", "--help"}) {
            CliResult result = CliResult.run(help);
            assertEquals(0, result.exitStatus());
            assertEquals("", result.err());
            assertTrue(result.out().contains("gradient-lab descent --f EXPR --w0 W --lr LR"), result.out());
            assertTrue(result.out().contains("gradient-lab network --x X --y Y | --data FILE.csv"), result.out());
            assertTrue(result.out().contains("gradient-lab regression --data FILE.csv | --generate N"), result.out());
        }
    }

    @Test
    void helpListsTheNewCommands() {
        String help = CliResult.run("help").out();
        assertTrue(help.contains("gradient-lab surface --f EXPR --w1 W1 --w2 W2 --lr LR"), help);
        assertTrue(help.contains("gradient-lab mlp --data FILE.csv --hidden N1[,N2,...]"), help);
        assertTrue(CliResult.run("help", "mlp").out().startsWith("usage: gradient-lab mlp"));
        assertTrue(CliResult.run("help", "surface").out().startsWith("usage: gradient-lab surface"));
    }

    @Test
    void helpOnAnUnknownTopicIsBadInput() {
        assertEquals(new CliResult(2, "", "gradient-lab help: unknown command 'foo' (commands: descent, network, "
                + "regression, surface, mlp, run, help)\n"), CliResult.run("help", "foo"));
        assertEquals(new CliResult(2, "", "gradient-lab help: expected one topic, found 2 (gradient-lab help COMMAND)\n"),
                CliResult.run("help", "descent", "mlp"));
        assertEquals(CliResult.run("help"), CliResult.run("help", "probe"), "the app's words have the whole usage");
    }

    @Test
    void helpForOneCommand() {
        CliResult byWord = CliResult.run("help", "descent");
        CliResult byOption = CliResult.run("descent", "--help");
        assertEquals(0, byOption.exitStatus());
        assertEquals(byWord, byOption);
        assertTrue(byOption.out().startsWith("usage: gradient-lab descent"), byOption.out());
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        assertEquals(new CliResult(2, "", "gradient-lab: unknown command 'train' (commands: descent, network, regression, surface, mlp, run, help)\n"),
                CliResult.run("train", "--lr", "1"));
    }

    @Test
    void noCommandIsBadInput() {
        assertEquals(new CliResult(2, "", "gradient-lab: missing command (commands: descent, network, regression, surface, mlp, run, help)\n"), CliResult.run());
    }

    @Test
    void aLineBreakInEchoedInputStaysOnOneLine() {
        CliResult result = CliResult.run("descent", "--f", "w", "--w0", "1\n2", "--lr", "1", "--steps", "1");
        assertEquals(new CliResult(2, "", "gradient-lab descent: --w0: '1 2' is not a finite number\n"), result);
    }
}
