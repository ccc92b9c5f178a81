package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code reextract} over the commands' storage (in memory here; dynalite under .parley/ for ./parley). */
class ReextractCommandTest {

    private static final String ARTICLE = "src/test/resources/pipeline/vienna-talks.txt";
    private static final Pattern STORED = Pattern.compile("stored 1 article\\(s\\) with (\\d+) meeting\\(s\\) and (\\d+) statement");

    private final Storage storage = new MemoryStorage();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @Test
    void extractsEveryStoredArticleAgainWithTheSameFacts() {
        assertEquals(Main.OK, run("ingest", "--published", "2025-11-19", ARTICLE));
        Matcher stored = STORED.matcher(out());
        assertTrue(stored.find(), out());

        assertEquals(Main.OK, run("reextract"));

        assertEquals("re-extracted 1 article(s): " + stored.group(1) + " meeting(s), " + stored.group(2)
                + " statement(s); 0 failed", out().strip());
    }

    @Test
    void anEmptyStoreHasNothingToDo() {
        assertEquals(Main.OK, run("reextract"));
        assertEquals("re-extracted 0 article(s): 0 meeting(s), 0 statement(s); 0 failed", out().strip());
    }

    @Test
    void takesNoArguments() {
        assertEquals(Main.USAGE, run("reextract", "everything"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("takes no arguments"));
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return Main.run(List.of(args), new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), storage);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
