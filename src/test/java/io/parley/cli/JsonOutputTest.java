package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: {@code --json} on ingest, scrape and feeds list (eval's is in EvalCommandTest). */
class JsonOutputTest {

    @TempDir
    Path dir;

    private final MemoryStorage storage = new MemoryStorage();
    private ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void ingestJsonCountsStoredDuplicateAndFailedFiles() throws Exception {
        Path good = Files.writeString(dir.resolve("a.txt"), "Talks in Oslo\n\nForeign Minister Ana Ruiz met Premier "
                + "Karl Boden in Oslo on Monday.\n");
        Path empty = Files.writeString(dir.resolve("b.txt"), "");
        run(Main.OK, "ingest", good.toString());
        JsonNode json = run(Main.FAILED, "ingest", "--json", good.toString(), empty.toString());
        assertEquals(0, json.get("stored").asInt());
        assertEquals(1, json.get("duplicates").asInt());
        assertEquals(1, json.get("failed").size());
        assertTrue(json.at("/failed/0").asText().startsWith(empty + ": "), json.toString());
    }

    @Test
    void feedsListJsonGivesEachFeedSortedByUrl() throws Exception {
        run(Main.OK, "feeds", "add", "https://b.example/feed.xml");
        run(Main.OK, "feeds", "add", "https://a.example/rss");
        JsonNode json = run(Main.OK, "feeds", "list", "--json");
        assertEquals(2, json.size());
        assertEquals("https://a.example/rss", json.at("/0/url").asText());
        assertTrue(json.at("/0/lastRun").isNull(), json.toString());
    }

    @Test
    void feedsJsonGoesWithListOnly() {
        assertEquals(Main.USAGE, Main.run(List.of("feeds", "add", "--json", "https://a.example/rss"), terminal(), storage));
    }

    @Test
    void scrapeJsonGivesTheTotalsAndTheFeeds() throws Exception {
        JsonNode json = run(Main.OK, "scrape", "--json");
        assertEquals(0, json.at("/summary/feeds").asInt());
        assertEquals(0, json.at("/summary/newArticles").asInt());
        assertTrue(json.get("feeds").isArray(), json.toString());
    }

    /** Runs a command expecting {@code expected}; its output parsed when it was asked for {@code --json}. */
    private JsonNode run(int expected, String... args) throws Exception {
        out = new ByteArrayOutputStream();
        assertEquals(expected, Main.run(List.of(args), terminal(), storage), out.toString(StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        return List.of(args).contains("--json") ? Json.mapper().readTree(text) : null;
    }

    private Terminal terminal() {
        return new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }
}
