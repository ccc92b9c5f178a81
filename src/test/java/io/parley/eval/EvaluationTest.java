package io.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.extract.Extractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTest {

    @Test
    void readsCorpusFolderExtractsAndScores(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(articles.resolve("a1.txt"), "Envoys meet\n\nMinister Paul Durand met President Ivan Petrov "
                + "in Moscow on Monday. Durand said the talks were useful.\n", StandardCharsets.UTF_8);
        Files.writeString(articles.resolve("a1.meta.json"), "{\"id\":\"a1\",\"published\":\"2025-11-19\"}");
        Files.writeString(gold.resolve("a1.json"), "{\"id\":\"a1\",\"meetings\":[{\"participants\":[\"Paul Durand\","
                + "\"Ivan Petrov\"],\"location\":\"Moscow\",\"date\":\"2025-11-17\"}],\"statements\":[{\"speaker\":"
                + "\"Paul Durand\",\"sentence\":\"Durand said the talks were useful.\",\"direct_quotes\":[]}]}");
        Report r = Evaluation.run(gold, articles, Extractor.create());
        assertEquals(1.0, r.meetings().f1(), 1e-9);
        assertEquals(1.0, r.statements().f1(), 1e-9);
        assertEquals(1, r.articles().get(0).dateOk());
        assertTrue(r.format().contains("F1 meetings=1.000 statements=1.000 quotes=nan"), r.format());
    }

    @Test
    void readsLineEndsAsPythonDoes() {
        assertEquals("H\nA b.\nC d.\n", Evaluation.universalNewlines("H\r\nA b.\rC d.\r\n"));
    }

    @Test
    void scoresWrittenPredictionsAndCountsUnreadableOnesAsEmpty(@TempDir Path dir) throws Exception {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path pred = Files.createDirectories(dir.resolve("pred"));
        for (String id : new String[] {"a1", "a2"}) {
            Files.writeString(articles.resolve(id + ".txt"), "Head\n\nMinister Paul Durand said the talks were useful.\n");
            Files.writeString(gold.resolve(id + ".json"), "{\"statements\":[{\"speaker\":\"Paul Durand\",\"sentence\":"
                    + "\"Minister Paul Durand said the talks were useful.\",\"direct_quotes\":[]}]}");
        }
        Files.writeString(pred.resolve("a1.json"), "{\"statements\":[{\"speaker\":{\"name\":\"Paul Durand\"},"
                + "\"evidence\":\"Minister Paul Durand said the talks were useful.\"}]}");
        Files.writeString(pred.resolve("a2.json"), "not json");
        Report r = Evaluation.score(gold, articles, pred);
        assertEquals(new Counts(1, 1, 1, 2), r.statements());
        assertEquals(1, r.missing());
    }
}
