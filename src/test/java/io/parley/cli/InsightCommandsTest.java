package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** {@code demo}, then {@code ask}, {@code timeline} and {@code graph} over what the demo stored (in memory). */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InsightCommandsTest {

    private static final Storage STORAGE = new MemoryStorage();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @Test
    @Order(1)
    void demoDigestsEveryExampleAndAnswersThreeQuestions() {
        assertEquals(Main.OK, run("demo"));
        String text = out();
        assertTrue(text.contains("== Articles") && text.contains("== Questions"), text);
        DemoCommand.QUESTIONS.forEach(q -> assertTrue(text.contains("? " + q), q));
        assertEquals(8, text.lines().filter(l -> l.matches("2025-\\d\\d-\\d\\d  .+")).count(), text);
        text.lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
        assertTrue(text.contains("Found "), text);
    }

    @Test
    @Order(2)
    void askPrintsTheAnswerAndItsSentences() {
        assertEquals(Main.OK, run("ask", "What has Mishustin said about trade?"));
        List<String> lines = out().lines().toList();
        assertTrue(lines.get(0).startsWith("Found ") && lines.get(0).contains("Mishustin"), out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  - [2025-11-17] ")), out());
        lines.forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));

        assertEquals(Main.OK, run("ask", "--json", "What did Jacinda Ardern say about trade?"));
        JsonNode json = Json.read(out(), JsonNode.class);
        assertEquals(0, json.path("results").size());
        assertEquals("Jacinda Ardern", json.path("interpretation").path("unknownNames").get(0).asText());
    }

    @Test
    @Order(3)
    void timelineListsAnActorsFactsAndAsksWhichNamesakeIsMeant() {
        assertEquals(Main.OK, run("timeline", "Mishustin"));
        assertTrue(out().startsWith("Mikhail Mishustin"), out());
        assertTrue(out().lines().anyMatch(l -> l.startsWith("2025-11-17  meeting")), out());

        assertEquals(Main.FAILED, run("timeline", "Santoso"));
        assertTrue(err().contains("2 actors are called Santoso") && err().contains("--id budi-santoso"), err());

        assertEquals(Main.FAILED, run("timeline", "Nobody Atall"));
        assertTrue(err().contains("no actor named Nobody Atall is known"), err());
    }

    @Test
    @Order(4)
    void graphPrintsDot() {
        assertEquals(Main.OK, run("graph", "--format", "dot", "--from", "2025-11-01"));
        assertTrue(out().startsWith("graph parley {") && out().contains(" -- "), out());
        assertEquals(Main.USAGE, run("graph", "--format", "png"));
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return Main.run(List.of(args), new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), STORAGE);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
