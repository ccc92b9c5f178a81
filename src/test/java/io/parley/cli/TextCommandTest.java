package io.parley.cli;

import static io.parley.testing.CharsetPages.JAPANESE;
import static io.parley.testing.CharsetPages.LATIN1;
import static io.parley.testing.CharsetPages.WESTERN;
import static io.parley.testing.CharsetPages.httpEquivPage;
import static io.parley.testing.CharsetPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./parley text}: pages in legacy charsets, a lying declaration, and a page too complex to read. */
class TextCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    private String textOf(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        assertEquals(Main.OK, Main.run(List.of("text", file.toString()), terminal), err.toString(StandardCharsets.UTF_8));
        JsonNode line = Json.read(out.toString(StandardCharsets.UTF_8).strip(), JsonNode.class);
        assertEquals(name, line.get("file").asText());
        return line.get("text").asText();
    }

    @Test
    void readsAWindows1252Page() throws IOException {
        assertEquals(WESTERN + "\n" + WESTERN + "\n" + WESTERN,
                textOf("w.html", page(WESTERN, Charset.forName("windows-1252"), "windows-1252")));
    }

    @Test
    void readsAnIso88591Page() throws IOException {
        assertTrue(textOf("l.html", page(LATIN1, StandardCharsets.ISO_8859_1, "ISO-8859-1")).startsWith(LATIN1 + "\n"));
    }

    @Test
    void readsAShiftJisPage() throws IOException {
        assertTrue(textOf("j.html", httpEquivPage(JAPANESE, Charset.forName("Shift_JIS"), "shift_jis"))
                .startsWith(JAPANESE + "\n"));
    }

    @Test
    void readsAUtf8PageWhoseMetaTagSaysIso88591() throws IOException {
        assertTrue(textOf("lie.html", page(WESTERN, StandardCharsets.UTF_8, "iso-8859-1")).startsWith(WESTERN + "\n"));
    }

    @Test
    void readsAShiftJisPageWhoseMetaTagSaysIso88591() throws IOException {
        assertTrue(textOf("sjis-lie.html", page(JAPANESE, Charset.forName("Shift_JIS"), "iso-8859-1"))
                .startsWith(JAPANESE + "\n"));
    }

    @Test
    void readsAShiftJisPageThatDeclaresNoCharset() throws IOException {
        assertTrue(textOf("sjis.html", page(JAPANESE, Charset.forName("Shift_JIS"), null)).startsWith(JAPANESE + "\n"));
    }

    @Test
    void refusesAPageTooComplexToReadWithExitOne() throws IOException {
        Path file = dir.resolve("deep.html");
        Files.writeString(file, "<html><body>" + "<div>".repeat(200_000) + "Talks ended.</body></html>");
        int code = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Main.run(List.of("text", file.toString()), terminal));
        assertEquals(Main.FAILED, code);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("parley text: " + file + ": the page is too complex: "), message);
        assertTrue(message.contains("more than the limit of 100000"), message);
    }
}
