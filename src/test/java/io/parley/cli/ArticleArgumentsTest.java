package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    @Test
    void extractDatesTheArticleFromTheMetaFileBesideIt() throws Exception {
        Path story = write("story.txt", ARTICLE);
        write("story.meta.json", "{\"published\": \"2026-02-03\", \"url\": \"https://news.example/story\", "
                + "\"outlet\": \"Example Wire\"}");
        assertEquals(Main.OK, Main.run(List.of("extract", story.toString()), terminal(""), new MemoryStorage()), stderr());
        assertTrue(stdout().contains("\"date\" : \"2026-02-03\""), stdout());
    }

    @Test
    void anExplicitPublishedDateWinsOverTheMetaFile() throws Exception {
        Path story = write("story.txt", ARTICLE);
        write("story.meta.json", "{\"published\": \"2026-02-03\"}");
        int code = Main.run(List.of("extract", "--published", "2026-04-01", story.toString()), terminal(""),
                new MemoryStorage());
        assertEquals(Main.OK, code, stderr());
        assertTrue(stdout().contains("2026-03-31"), stdout());
        assertFalse(stdout().contains("2026-02"), stdout());
    }

    @Test
    void ingestStoresTheMetaFilesUrlAndOutlet() throws Exception {
        Path story = write("story.html", "<html><head><title>Envoys meet</title></head><body><p>PORTO — Foreign "
                + "Minister Ana Ruiz met Premier Karl Boden in Porto on Tuesday.</p></body></html>");
        write("story.meta.json", "{\"published\": \"2026-02-03\", \"outlet\": \"Example Wire\"}");
        MemoryStorage storage = new MemoryStorage();
        assertEquals(Main.OK, Main.run(List.of("ingest", story.toString()), terminal(""), storage), stderr());
        assertEquals(Main.OK, Main.run(List.of("meetings", "--json"), terminal(""), storage), stderr());
        assertTrue(stdout().contains("\"date\":\"2026-02-03\""), stdout());
    }

    @Test
    void aMalformedMetaFileIsAClearError() throws Exception {
        Path story = write("story.txt", ARTICLE);
        Path meta = write("story.meta.json", "{\"published\": \"last Tuesday\"}");
        assertEquals(Main.FAILED, Main.run(List.of("extract", story.toString()), terminal(""), new MemoryStorage()));
        assertEquals("parley extract: " + meta + ": not valid article metadata (\"published\" must be a date like "
                + "\"2025-11-19\")\n", stderr());
    }

    @Test
    void metaFileIsNamedAfterTheArticleWithoutItsExtensions() {
        assertEquals("a/story.meta.json", MetaFile.nameFor("a/story.txt"));
        assertEquals("a/story.meta.json", MetaFile.nameFor("a/story.html.gz"));
        assertEquals("a.b/story.meta.json", MetaFile.nameFor("a.b/story"));
        assertEquals("a/.hidden.meta.json", MetaFile.nameFor("a/.hidden"));
    }

    @Test
    void ingestOfAFolderReadsItsArticlesInNameOrderAndSkipsTheRest() throws Exception {
        write("b.txt", "Talks in Oslo\n\nForeign Minister Ana Ruiz met Premier Karl Boden in Oslo on Monday.\n");
        write("a.html", "<html><head><title>Envoys meet</title></head><body><p>Foreign Minister Lena Holm met "
                + "President Omar Haddad in Rabat on Friday.</p></body></html>");
        write("b.meta.json", "{\"published\": \"2026-01-12\"}");
        write("index.txt", "a.html\nb.txt\n");
        write(".draft.txt", "Draft\n\nForeign Minister Eva Lind met Premier Jon Berg in Bern.\n");
        write("notes.md", "Foreign Minister Eva Lind met Premier Jon Berg in Bern.\n");
        Files.createDirectory(dir.resolve("sub.txt"));
        MemoryStorage storage = new MemoryStorage();

        Terminal tty = new Terminal(new ByteArrayInputStream(new byte[0]), print(out), print(err), true);
        assertEquals(Main.OK, Main.run(List.of("ingest", "--jobs", "1", dir.toString()), tty, storage), stderr());

        assertTrue(stdout().startsWith("stored 2 article(s) with 2 meeting(s)"), stdout());
        int first = stderr().indexOf("ETA ");
        assertTrue(stderr().startsWith("\r[1/2] 50% "), stderr());
        assertTrue(stderr().indexOf(" " + dir.resolve("a.html"), first) < stderr().indexOf("[2/2] 100% "), stderr());
        assertTrue(stderr().indexOf("[2/2] 100% ") < stderr().indexOf(" " + dir.resolve("b.txt")), stderr());
        assertFalse(stderr().contains("index.txt") || stderr().contains("draft") || stderr().contains("notes"), stderr());
    }

    @Test
    void aFolderWithNoArticlesIsAClearError() throws Exception {
        write("index.txt", "nothing\n");
        assertEquals(Main.FAILED, Main.run(List.of("ingest", dir.toString()), terminal(""), new MemoryStorage()));
        assertEquals("parley ingest: " + dir + ": no article files in the folder (.txt, .html, .htm, .json, .gz)\n",
                stderr());
    }

    @Test
    void articleNamesAreTheArticleExtensionsLessMetaFilesIndexAndDotfiles() {
        List.of("a.txt", "a.HTML", "a.htm", "a.json", "a.txt.gz").forEach(n -> assertTrue(ArticleFolder.isArticle(n), n));
        List.of("a.meta.json", "index.txt", ".a.txt", "a.md", "a.pdf").forEach(n -> assertFalse(ArticleFolder.isArticle(n), n));
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
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
