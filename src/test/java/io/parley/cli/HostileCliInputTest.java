package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.parley.testing.HostileInputs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: the hostile-input corpus ({@link HostileInputs}) and special files through {@code extract},
 * {@code ingest} and {@code text}, in process over memory storage. A refused input exits 1 with one line naming
 * the file, never a stack trace; an odd but readable one exits 0; nothing reaches the terminal raw. The
 * timeout is a hang guard (a FIFO used to block forever), not a speed check.
 */
class HostileCliInputTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> everyCorpusInputThroughExtract() {
        return HostileInputs.all().stream().map(input -> DynamicTest.dynamicTest(input.name(), () -> {
            Path file = write(input);
            Run extract = assertTimeoutPreemptively(HANG_GUARD, () -> run(new MemoryStorage(), "extract", file.toString()));
            assertEquals(input.refused() ? Main.FAILED : Main.OK, extract.code, extract.all());
            if (input.refused()) {
                assertTrue(extract.err.startsWith("parley extract: " + file + ": "), extract.all());
            }
            assertClean(extract);
        }));
    }

    /** One {@code ingest} of the whole corpus: each refused file is one "failed" line, the others are stored. */
    @Test
    void theWholeCorpusThroughOneIngest() throws Exception {
        List<HostileInputs.Input> corpus = HostileInputs.all();
        List<String> files = new ArrayList<>();
        for (HostileInputs.Input input : corpus) {
            files.add(write(input).toString());
        }
        List<String> args = new ArrayList<>(List.of("ingest"));
        args.addAll(files);
        Run ingest = assertTimeoutPreemptively(HANG_GUARD, () -> run(new MemoryStorage(), args.toArray(String[]::new)));
        assertEquals(Main.FAILED, ingest.code, ingest.all());
        for (int i = 0; i < corpus.size(); i++) {
            String failed = "  failed: " + files.get(i) + ": ";
            assertEquals(corpus.get(i).refused() ? 1 : 0, ingest.out.lines().filter(l -> l.startsWith(failed)).count(),
                    corpus.get(i).name() + "\n" + ingest.all());
        }
        assertClean(ingest);
    }

    private static Path write(HostileInputs.Input input) throws java.io.IOException {
        return Files.write(dir.resolve("input-" + Math.abs(input.name().hashCode()) + ".txt"), input.bytes());
    }

    @Test
    void specialFilesAndBombsAreRefusedWithOneLine() throws Exception {
        Path bomb = dir.resolve("bomb.html.gz");
        InputFilesTest.writeBomb(bomb, 48);
        List<String> files = new ArrayList<>(List.of(bomb.toString(), "/no/such/article.txt"));
        if (Files.exists(Path.of("/dev/zero"))) {
            files.add("/dev/zero");
        }
        Path fifo = dir.resolve("fifo");
        if (InputFilesTest.mkfifo(fifo)) {
            files.add(fifo.toString());
        }
        List<String> args = new ArrayList<>(List.of("ingest"));
        args.addAll(files);
        Run ingest = assertTimeoutPreemptively(HANG_GUARD, () -> run(new MemoryStorage(), args.toArray(String[]::new)));
        assertEquals(Main.FAILED, ingest.code);
        assertEquals(files.size(), ingest.out.lines().filter(l -> l.startsWith("  failed: ")).count(), ingest.all());
        files.add(dir.toString()); // ingest reads a folder's articles (ArticleArgumentsTest); text refuses a folder
        for (String f : files) {
            Run text = assertTimeoutPreemptively(HANG_GUARD, () -> run(new MemoryStorage(), "text", f));
            assertEquals(Main.FAILED, text.code, text.all());
            assertTrue(text.err.startsWith("parley text: " + f + ": "), text.all());
            assertClean(text);
        }
    }

    @Test
    void aFileNameWithEscapesIsShownEscaped() throws Exception {
        assumeTrue(!System.getProperty("os.name").startsWith("Windows"));
        Path file = Files.write(dir.resolve("\u001B]0;title\u0007\u001B[2J.txt"), new byte[0]);
        Run ingest = run(new MemoryStorage(), "ingest", file.toString());
        assertEquals(Main.FAILED, ingest.code);
        assertTrue(ingest.all().contains("\\u001B]0;title\\u0007\\u001B[2J.txt"), ingest.all());
        assertClean(ingest);
    }

    private static void assertClean(Run run) {
        String all = run.all();
        assertFalse(all.contains("\u001B") || all.contains("\u0007") || all.contains("\u009B"), all);
        assertFalse(all.contains("Exception") || all.contains("\tat io.parley") || all.contains("OutOfMemory"), all);
    }

    private static Run run(Storage storage, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(List.of(args), new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)), storage);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Run(int code, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
