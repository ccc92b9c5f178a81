package io.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.testing.CharsetPages;
import io.parley.testing.Fixtures;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleReaderTest {

    private static final String PLAIN = "Ministers meet in Oslo\n\nThe foreign ministers met on Tuesday.\n";

    private final ArticleReader reader = new ArticleReader();

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String refusal(byte[] input) {
        return assertThrows(InvalidArticleException.class, () -> reader.read(input)).getMessage();
    }

    @Test
    void plainTextIsKeptExactlyWithLineOneAsHeadline() throws Exception {
        Article a = reader.read(utf8(PLAIN));
        assertEquals(PLAIN, a.text());
        assertEquals("Ministers meet in Oslo", a.info().title());
        assertNull(a.info().published());
        assertEquals(ContentHash.of(PLAIN), a.info().id());
    }

    @Test
    void plainTextKeepsWindowsLineEndingsAsRead() throws Exception {
        String crlf = "Talks resume\r\nThe envoys met again.\r\n";
        assertEquals(crlf, reader.read(utf8(crlf)).text());
    }

    @Test
    void byteOrderMarkIsDropped() throws Exception {
        byte[] body = utf8(PLAIN);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article a = reader.read(withBom);
        assertEquals(PLAIN, a.text());
        assertEquals(reader.read(body).info().id(), a.info().id());
    }

    @Test
    void publishedOverrideIsApplied() throws Exception {
        Article a = reader.read(utf8(PLAIN), LocalDate.of(2025, 11, 18));
        assertEquals(LocalDate.of(2025, 11, 18), a.info().published());
    }

    @Test
    void jsonArticleJoinsTitleAndBody() throws Exception {
        String json = "{\"title\":\"Envoys meet\",\"body\":\"They met in Doha.\\nTalks went on.\","
                + "\"published\":\"2025-03-12\",\"url\":\"https://x.example/a\",\"outlet\":\"Gulf Wire\"}";
        Article a = reader.read(utf8(json));
        assertEquals("Envoys meet\n\nThey met in Doha.\nTalks went on.", a.text());
        assertEquals("Envoys meet", a.info().title());
        assertEquals(LocalDate.of(2025, 3, 12), a.info().published());
        assertEquals("https://x.example/a", a.info().url());
        assertEquals("Gulf Wire", a.info().outlet());
    }

    @Test
    void jsonPublishedIsOverridden() throws Exception {
        String json = "{\"title\":\"T\",\"body\":\"B\",\"published\":\"2025-03-12\"}";
        assertEquals(LocalDate.of(2024, 1, 2), reader.read(utf8(json), LocalDate.of(2024, 1, 2)).info().published());
    }

    @Test
    void htmlArticleIsHeadlineBlankLineAndMainText() throws Exception {
        Article a = reader.read(Fixtures.bytes("/html/wire-story.html"));
        assertTrue(a.text().startsWith("Foreign ministers agree to reopen border talks\n\n"
                + "The foreign ministers of Arvenia and Beltrasia agreed on Monday"), a.text());
        assertEquals("Foreign ministers agree to reopen border talks", a.info().title());
        assertEquals(LocalDate.of(2025, 11, 18), a.info().published());
        assertEquals("https://envoy.example/world/border-talks-reopen", a.info().url());
    }

    @Test
    void sameArticleTwiceGetsSameId() throws Exception {
        byte[] page = Fixtures.bytes("/html/blog-post.html");
        assertEquals(reader.read(page).info().id(), reader.read(page.clone()).info().id());
    }

    @Test
    void emptyInputIsRefused() {
        assertEquals("the input is empty", refusal(new byte[0]));
    }

    @Test
    void whitespaceOnlyInputIsRefused() {
        assertEquals("the input holds only whitespace", refusal(utf8(" \n\t\n")));
    }

    @Test
    void binaryInputIsRefused() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertTrue(refusal(png).contains("binary"));
    }

    @Test
    void invalidUtf8IsRefusedWithItsOffset() {
        byte[] latin1 = "Caf\u00e9 talks".getBytes(StandardCharsets.ISO_8859_1);
        String message = refusal(latin1);
        assertTrue(message.contains("not valid UTF-8"), message);
        assertTrue(message.contains("offset 3"), message);
    }

    @Test
    void utf16InputIsRefused() {
        byte[] utf16 = "Talks".getBytes(StandardCharsets.UTF_16);
        assertTrue(refusal(utf16).contains("UTF-16"));
    }

    @Test
    void oversizeInputIsRefusedByTheConfiguredLimit() {
        byte[] big = new byte[101];
        Arrays.fill(big, (byte) 'a');
        String message = assertThrows(InvalidArticleException.class, () -> new ArticleReader(100).read(big))
                .getMessage();
        assertEquals("the input is 101 bytes, more than the limit of 100 bytes", message);
    }

    @Test
    void defaultLimitIsFiveMegabytes() {
        byte[] big = new byte[(int) ArticleReader.DEFAULT_MAX_BYTES + 1];
        Arrays.fill(big, (byte) 'a');
        assertTrue(refusal(big).contains("more than the limit of 5242880 bytes"));
    }

    @Test
    void jsonWithoutBodyIsRefused() {
        assertEquals("the JSON article has no \"body\" text", refusal(utf8("{\"title\":\"Only a title\"}")));
    }

    @Test
    void malformedJsonIsRefusedWithItsPosition() {
        String message = refusal(utf8("{\"title\": \"Envoys\",\n \"body\": }"));
        assertTrue(message.startsWith("the input starts like JSON but is not valid JSON (line 2"), message);
    }

    @Test
    void jsonWithBadDateIsRefused() {
        String message = refusal(utf8("{\"body\":\"B\",\"published\":\"last Tuesday\"}"));
        assertTrue(message.contains("\"published\" is not a date"), message);
    }

    @Test
    void jsonWithNonTextBodyIsRefused() {
        assertEquals("the JSON field \"body\" must be a string", refusal(utf8("{\"body\":42}")));
    }

    @Test
    void htmlWithoutArticleTextIsRefused() {
        assertEquals("no article text was found in the HTML input",
                refusal(utf8("<html><body><nav><a href='/'>Home</a></nav></body></html>")));
    }

    @Test
    void randomBytesGiveAnArticleOrAClearRefusal() {
        Random random = new Random(7);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(64)];
            random.nextBytes(bytes);
            if (i % 2 == 0) {
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = (byte) (32 + Math.floorMod(bytes[j], 95));
                }
            }
            try {
                assertEquals(ContentHash.of(reader.read(bytes).text()), reader.read(bytes).info().id());
            } catch (InvalidArticleException e) {
                assertTrue(e.getMessage().startsWith("the ") || e.getMessage().startsWith("no "), e.getMessage());
            }
        }
    }

    @Test
    void nonPositiveLimitIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> new ArticleReader(0));
    }

    @Test
    void htmlTooComplexToReadIsRefused() {
        byte[] deep = ("<html><body>" + "<section>".repeat(200_000) + "<p>Talks ended.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        String message = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> refusal(deep));
        assertTrue(message.startsWith("the page is too complex: "), message);
    }

    @Test
    void htmlIsDecodedByItsDeclaredCharset() throws Exception {
        byte[] page = CharsetPages.page(CharsetPages.WESTERN, Charset.forName("windows-1252"), "windows-1252");
        assertTrue(reader.read(page).text().startsWith("Talks end\n\n" + CharsetPages.WESTERN + "\n"));
    }

    @Test
    void htmlIsDecodedByTheTransportCharsetFirst() throws Exception {
        byte[] page = CharsetPages.page(CharsetPages.JAPANESE, Charset.forName("Shift_JIS"), "utf-8");
        assertTrue(reader.read(page, null, "text/html; charset=Shift_JIS").text().contains(CharsetPages.JAPANESE));
    }
}
