package io.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.extract.Extractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the Java port against the reference scorer itself: the shared corpus (beside the project, or where
 * {@code -Dparley.shared=DIR} points) is extracted once, and {@code score.py --verbose} must print exactly what
 * {@link Report#format()} prints. Skipped where python3 or the shared corpus is absent; {@link GoldScorerTest}
 * and {@link ReportTest} test the same behaviours on articles of our own.
 */
class ScorePyAgreementTest {

    private static final Path SHARED = Path.of(System.getProperty("parley.shared", "../shared"));

    @Test
    void javaPortPrintsWhatScorePyPrintsOnTheSharedCorpus(@TempDir Path dir) throws Exception {
        assertAgreement(SHARED.resolve("corpus"), dir);
    }

    @Test
    void javaPortPrintsWhatScorePyPrintsOnPolnear(@TempDir Path dir) throws Exception {
        assertAgreement(SHARED.resolve("corpus/polnear"), dir);
    }

    private static void assertAgreement(Path corpus, Path dir) throws Exception {
        Path script = SHARED.resolve("corpus/score.py");
        assumeTrue(Files.isRegularFile(script) && Files.isDirectory(corpus.resolve("gold")), "no shared corpus");
        assumeTrue(pythonAvailable(), "no python3");
        Path gold = corpus.resolve("gold");
        Path articles = corpus.resolve("articles");
        Path pred = dir.resolve("pred");
        Evaluation.dump(articles, gold, pred, Extractor.create());
        String python = run(dir, "python3", script.toString(), gold.toString(), articles.toString(), pred.toString(),
                "--verbose");
        assertEquals(python, Evaluation.score(gold, articles, pred).format());
    }

    private static boolean pythonAvailable() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(Path dir, String... command) throws Exception {
        Path out = dir.resolve("score.out");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("score.py did not finish");
        }
        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        return text;
    }
}
