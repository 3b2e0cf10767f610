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
    void helpForOneCommand() {
        CliResult byWord = CliResult.run("help", "descent");
        CliResult byOption = CliResult.run("descent", "--help");
        assertEquals(0, byOption.exitStatus());
        assertEquals(byWord, byOption);
        assertTrue(byOption.out().startsWith("usage: gradient-lab descent"), byOption.out());
    }

    @Test
    void anUnknownCommandListsTheCommands() {
        assertEquals(new CliResult(2, "", "gradient-lab: unknown command 'train' (commands: descent, network, regression, surface, run, help)\n"),
                CliResult.run("train", "--lr", "1"));
    }

    @Test
    void noCommandIsBadInput() {
        assertEquals(new CliResult(2, "", "gradient-lab: missing command (commands: descent, network, regression, surface, run, help)\n"), CliResult.run());
    }

    @Test
    void aLineBreakInEchoedInputStaysOnOneLine() {
        CliResult result = CliResult.run("descent", "--f", "w", "--w0", "1\n2", "--lr", "1", "--steps", "1");
        assertEquals(new CliResult(2, "", "gradient-lab descent: --w0: '1 2' is not a finite number\n"), result);
    }
}
