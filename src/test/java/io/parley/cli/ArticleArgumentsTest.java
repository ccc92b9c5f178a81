package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: how {@code extract} and {@code ingest} find their articles ({@code -}, meta files, folders). */
class ArticleArgumentsTest {

    private static final String ARTICLE = "Envoys meet in Porto\n\nPORTO — Foreign Minister Ana Ruiz met Premier Karl "
            + "Boden in Porto on Tuesday.\n";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void extractReadsStandardInputForADash() {
        int code = Main.run(List.of("extract", "--published", "2026-03-10", "-"), terminal(ARTICLE), new MemoryStorage());
        assertEquals(Main.OK, code, stderr());
        assertTrue(stdout().contains("\"Karl Boden\""), stdout());
        assertTrue(stdout().contains("2026-03-10"), stdout());
    }

    @Test
    void ingestReadsStandardInputForADash() {
        int code = Main.run(List.of("ingest", "-"), terminal(ARTICLE), new MemoryStorage());
        assertEquals(Main.OK, code, stderr());
        assertTrue(stdout().startsWith("stored 1 article(s) with 1 meeting(s)"), stdout());
    }

    @Test
    void standardInputOverTheLimitIsRefusedInOneLine() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };
        int code = Main.run(List.of("extract", "-"), new Terminal(endless, print(out), print(err)), new MemoryStorage());
        assertEquals(Main.FAILED, code);
        assertEquals("parley extract: standard input: holds more than the limit of " + InputFiles.MAX_BYTES
                + " bytes (reading stopped there)\n", stderr());
    }

    private Terminal terminal(String stdin) {
        return new Terminal(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), print(out), print(err));
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
