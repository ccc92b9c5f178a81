package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void helpListsEverySubcommandWithItsSummary() {
        int code = Main.run(List.of("--help"), terminal);

        assertEquals(Main.OK, code);
        String help = out.toString(StandardCharsets.UTF_8);
        for (String name : List.of("demo", "extract", "eval", "ingest", "ask", "meetings", "statements", "timeline", "graph", "scrape", "feeds", "text", "version", "local")) {
            assertTrue(help.lines().anyMatch(l -> l.startsWith("  " + name + " ")), name + " missing from:\n" + help);
        }
    }

    @Test
    void unknownSubcommandPrintsUsageOnStderrAndExitsTwo() {
        int code = Main.run(List.of("frobnicate"), terminal);

        assertEquals(Main.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command 'frobnicate'"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: parley"));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void noArgumentsPrintsUsageAndExitsTwo() {
        assertEquals(Main.USAGE, Main.run(List.of(), terminal));
    }

    @Test
    void wrongArgumentsToACommandExitTwoWithItsUsage() {
        int code = Main.run(List.of("version", "--bogus"), terminal);

        assertEquals(Main.USAGE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown option --bogus"));
    }

    @Test
    void versionPrintsTheBuildVersion() {
        assertEquals(Main.OK, Main.run(List.of("version"), terminal));
        assertTrue(out.toString(StandardCharsets.UTF_8).matches("parley \\d+\\.\\d+\\.\\d+ \\(extractor \\S+\\)\\R"));
    }
}
