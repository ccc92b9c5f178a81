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

class EvalCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

    private static Path[] corpus(Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path pred = Files.createDirectories(dir.resolve("pred"));
        Files.writeString(articles.resolve("d01.txt"), "Talks\n\nEnvoy Tom Vale said the border would stay open.\n");
        Files.writeString(gold.resolve("d01.json"), "{\"statements\":[{\"speaker\":\"Tom Vale\",\"sentence\":"
                + "\"Envoy Tom Vale said the border would stay open.\",\"direct_quotes\":[]}]}");
        Files.writeString(pred.resolve("d01.json"), "{\"statements\":[{\"speaker\":{\"name\":\"Tom Vale\"},\"rule\":"
                + "\"cue-name\",\"evidence\":\"Envoy Tom Vale said the border would stay open.\"}]}");
        return new Path[] {gold, articles, pred};
    }

    private String run(String... args) {
        assertEquals(Main.OK, Main.run(List.of(args), terminal));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void defaultOutputIsTheScorerBlockAlone(@TempDir Path dir) throws Exception {
        Path[] c = corpus(dir);
        String text = run("eval", c[0].toString(), c[1].toString(), c[2].toString());
        assertTrue(text.startsWith("d01 mtg 0/0 0/0 stm 1/1 1/1 quo 0/0 0/0\n"), text);
        assertTrue(text.endsWith("F1 meetings=nan statements=1.000 quotes=nan\n"), text);
    }

    @Test
    void allAddsHalvesRulesAndMissesAfterTheScorerBlock(@TempDir Path dir) throws Exception {
        Path[] c = corpus(dir);
        String text = run("eval", "--all", c[0].toString(), c[1].toString(), c[2].toString());
        int scorerEnd = text.indexOf("F1 meetings=nan statements=1.000 quotes=nan\n");
        assertTrue(scorerEnd > 0 && text.indexOf("== halves") > scorerEnd, text);
        assertTrue(text.lines().anyMatch(l -> l.matches("  cue-name +P=1\\.000  1/1")), text);
        assertTrue(text.contains("== misses by kind"), text);
    }

    @Test
    void jsonGivesTheScoresAsNumbersWithNullForNan(@TempDir Path dir) throws Exception {
        Path[] c = corpus(dir);
        JsonNode json = Json.mapper().readTree(run("eval", "--json", "--halves", c[0].toString(), c[1].toString(),
                c[2].toString()));
        assertEquals(1.0, json.at("/total/statements/f1").asDouble());
        assertEquals(1, json.at("/total/statements/matchedGold").asInt());
        assertTrue(json.at("/total/meetings/f1").isNull(), json.toString());
        assertEquals("d01", json.at("/articles/0/id").asText());
        assertEquals(1, json.at("/halves/A/docs").asInt() + json.at("/halves/B/docs").asInt());
    }

    @Test
    void jsonWithTheBreakdownIsAUsageError(@TempDir Path dir) throws Exception {
        Path[] c = corpus(dir);
        assertEquals(Main.USAGE, Main.run(List.of("eval", "--json", "--misses", c[0].toString(), c[1].toString()),
                terminal));
    }
}
