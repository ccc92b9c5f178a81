package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code ingest}, {@code meetings} and {@code statements} over the commands' storage (in memory here; dynalite under .parley/ for ./parley). */
class LocalPipelineCommandsTest {

    private static final String ARTICLE = "src/test/resources/pipeline/vienna-talks.txt";

    private Storage storage;
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void emptyStorage() {
        storage = new MemoryStorage();
    }

    @Test
    void ingestStoresOnceThenListsMeetingsAndStatements() {
        assertEquals(Main.OK, run("ingest", "--published", "2025-11-19", ARTICLE));
        assertTrue(out().matches("(?s)stored 1 article\\(s\\) with [1-9]\\d* meeting\\(s\\) and [1-9]\\d* statement\\(s\\); 0 duplicate.*"), out());

        assertEquals(Main.OK, run("ingest", "--published", "2025-11-19", ARTICLE));
        assertTrue(out().contains("stored 0 article(s)") && out().contains("1 duplicate(s) skipped"), out());

        assertEquals(Main.OK, run("meetings", "--actor", "Sugiono"));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).startsWith("DATE") && lines.get(0).contains("PARTICIPANTS"), out());
        assertTrue(lines.get(1).startsWith("2025-11-18") && lines.get(1).contains("Sugiono"), out());

        assertEquals(Main.OK, run("statements", "--speaker", "Meinl-Reisinger", "--json"));
        JsonNode json = Json.read(out(), JsonNode.class);
        assertEquals("Beate Meinl-Reisinger", json.path("items").get(0).path("statement").path("speaker").path("name").asText());
    }

    @Test
    void badFilesAreReportedAndCountedAsFailed() {
        assertEquals(Main.FAILED, run("ingest", "no-such-article.txt"));
        assertTrue(out().contains("1 failed") && out().contains("no-such-article.txt: no such file"), out());
    }

    @Test
    void badFilterValuesExitTwoWithTheReason() {
        assertEquals(Main.USAGE, run("statements", "--from", "yesterday"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("'from' must be a date"));
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
