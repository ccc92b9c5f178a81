package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code parley ingest --jobs N} stores exactly what one thread stores, and reports its progress as the terminal allows. */
class ParallelIngestTest {

    @TempDir
    Path dir;

    @Test
    void parallelIngestStoresWhatSequentialIngestStores() throws IOException {
        Path articles = examples();

        String sequential = ingestAndList(articles, "1");
        String parallel = ingestAndList(articles, "4");

        assertTrue(sequential.contains("Lavrov"), sequential);
        assertEquals(sequential, parallel);
    }

    @Test
    void withoutATerminalOnlyASummaryGoesToStandardError() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), false);

        assertEquals(Main.OK, Main.run(List.of("ingest", "--jobs", "2", examples().toString()), terminal, new MemoryStorage()));

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.matches("ingested 8 file\\(s\\) in \\d+:\\d\\d \\([0-9.]+ files/s, 2 extraction threads\\)\\R"), stderr);
    }

    @Test
    void onATerminalTheProgressLineRedrawsItselfWithRateAndTimeLeft() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(InputStream.nullInputStream(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), true);

        assertEquals(Main.OK, Main.run(List.of("ingest", examples().toString()), terminal, new MemoryStorage()));

        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("\r[1/8] 12% "), stderr);
        assertTrue(stderr.contains("\r[8/8] 100% "), stderr);
        assertTrue(stderr.contains(" files/s ETA "), stderr);
    }

    @Test
    void aJobCountThatIsNotASmallNumberIsAUsageError() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertEquals(Main.USAGE, Main.run(List.of("ingest", "--jobs", "0", examples().toString()), terminal, new MemoryStorage()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--jobs takes a number from 1 to 64"), err.toString(StandardCharsets.UTF_8));
    }

    /** Stores the folder's articles on {@code jobs} threads into a new store, then lists everything stored. */
    private String ingestAndList(Path articles, String jobs) {
        MemoryStorage storage = new MemoryStorage();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, Main.run(List.of("ingest", "--jobs", jobs, articles.toString()), terminal, storage));
        out.reset();
        for (List<String> command : List.of(List.of("statements", "--json", "--limit", "100"),
                List.of("meetings", "--json", "--limit", "100"), List.of("actors", "--json", "--limit", "100"))) {
            assertEquals(Main.OK, Main.run(command, terminal, storage));
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The shipped examples (texts and meta files) copied into a folder. */
    private Path examples() throws IOException {
        Path folder = dir.resolve("examples");
        if (Files.isDirectory(folder)) {
            return folder;
        }
        Files.createDirectories(folder);
        for (String file : resource("index.txt").lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Files.writeString(folder.resolve(file), resource(file));
            String meta = file.replace(".txt", ".meta.json");
            Files.writeString(folder.resolve(meta), resource(meta));
        }
        return folder;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ParallelIngestTest.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
