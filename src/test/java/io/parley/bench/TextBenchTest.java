package io.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextBenchTest {

    @Test
    void writesOneJsonLinePerPageSortedByName(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.html"), Fixtures.html("blog-post.html"));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("a.html.gz")))) {
            out.write(Fixtures.bytes("/html/wire-story.html"));
        }
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TextBench.run(dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"file\":\"a.html.gz\",\"title\":\"Foreign ministers agree"), lines.get(0));
        assertTrue(lines.get(1).startsWith("{\"file\":\"b.html\","), lines.get(1));
    }
}
