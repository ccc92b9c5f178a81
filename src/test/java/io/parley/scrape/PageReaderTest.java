package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.ingest.ContentHash;
import io.parley.model.Article;
import io.parley.testing.CharsetPages;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageReaderTest {

    private static final String BASE = "https://envoy.example";
    private static final LocalDate FEED_DATE = LocalDate.of(2025, 11, 20);
    private final PageReader reader = new PageReader(5_000_000);

    private static FetchResponse page(String path, String fixture, String contentType) {
        byte[] body = new String(TestSite.fixtureBytes(fixture), StandardCharsets.UTF_8).replace("${BASE}", BASE)
                .getBytes(StandardCharsets.UTF_8);
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true);
        return new FetchResponse(URI.create(BASE + path), 200, headers, body);
    }

    private static FeedEntry entry(String path) {
        return new FeedEntry(BASE + path, "entry title", FEED_DATE);
    }

    @Test
    void readsHeadlineTextDateAndCanonicalAddressLikeAnUpload() throws Exception {
        String path = "/world/2025/11/18/arvenia-beltrasia-border-talks?utm_source=rss";
        Article a = reader.read(page(path, "envoy-border-talks.html", "text/html; charset=utf-8"), entry(path), "The Daily Envoy - World");
        assertEquals("Arvenia and Beltrasia agree to reopen border talks in Geneva", a.info().title());
        assertTrue(a.text().startsWith(a.info().title() + "\n\nThe foreign ministers ended a three-year freeze"), a.text());
        assertTrue(a.text().contains("\nVIENNA — The foreign ministers of Arvenia"), a.text());
        assertFalse(a.text().contains("cookies"));
        assertFalse(a.text().contains("Most read"));
        assertEquals(LocalDate.of(2025, 11, 18), a.info().published());
        assertEquals(BASE + "/world/2025/11/18/arvenia-beltrasia-border-talks", a.info().url());
        assertEquals("The Daily Envoy - World", a.info().outlet());
        assertEquals(ContentHash.of(a.text()), a.info().id());
    }

    @Test
    void takesTheDateFromJsonLd() throws Exception {
        String path = "/diplomacy/lorhaven-summit-fishing-rights";
        Article a = reader.read(page(path, "courier-lorhaven-summit.html", "text/html"), entry(path), "Courier");
        assertEquals(LocalDate.of(2025, 11, 19), a.info().published());
    }

    @Test
    void fillsTheDateFromTheFeedAndTheAddressFromTheFetchWhenThePageHasNeither() throws Exception {
        String path = "/diplomacy/tarn-ossel-phone-call";
        Article a = reader.read(page(path, "courier-phone-call.html", "text/html"), entry(path), "Courier");
        assertEquals(FEED_DATE, a.info().published());
        assertEquals(BASE + path, a.info().url());
        assertEquals("Tarn and Ossel leaders discuss sanctions in phone call", a.info().title());
    }

    @Test
    void refusesASectionFront() {
        FetchException e = assertThrows(FetchException.class,
                () -> reader.read(page("/world/", "envoy-world-front.html", "text/html"), entry("/world/"), "Envoy"));
        assertTrue(e.getMessage().startsWith("not an article: "), e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void refusesContentThatIsNotHtml() {
        FetchException e = assertThrows(FetchException.class,
                () -> reader.read(page("/report.pdf", "envoy-gas-deal.html", "application/pdf"), entry("/report.pdf"), "Envoy"));
        assertEquals("not an article: content type application/pdf", e.getMessage());
    }

    @Test
    void readsAPageServedWithoutASpecificTypeAndJudgesItByItsContent() throws Exception {
        String path = "/diplomacy/tarn-ossel-phone-call";
        Article a = reader.read(page(path, "courier-phone-call.html", "application/octet-stream"), entry(path), "Courier");
        assertEquals("Tarn and Ossel leaders discuss sanctions in phone call", a.info().title());
    }

    private static FetchResponse encoded(byte[] body, String contentType) {
        HttpHeaders headers = HttpHeaders.of(Map.of("Content-Type", List.of(contentType)), (a, b) -> true);
        return new FetchResponse(URI.create(BASE + "/story"), 200, headers, body);
    }

    private String scraped(byte[] body, String contentType) throws Exception {
        return reader.read(encoded(body, contentType), entry("/story"), "Envoy").text();
    }

    private static byte[] story(String sentence, Charset encoding, String declared) {
        return CharsetPages.page(String.join(" ", Collections.nCopies(6, sentence)), encoding, declared);
    }

    @Test
    void decodesByTheCharsetOfTheContentType() throws Exception {
        Charset cp1252 = Charset.forName("windows-1252");
        assertTrue(scraped(story(CharsetPages.WESTERN, cp1252, null), "text/html; charset=windows-1252")
                .contains("\n" + CharsetPages.WESTERN + " "));
        assertTrue(scraped(story(CharsetPages.LATIN1, StandardCharsets.ISO_8859_1, null), "text/html; charset=ISO-8859-1")
                .contains("\n" + CharsetPages.LATIN1 + " "));
        assertTrue(scraped(story(CharsetPages.JAPANESE, Charset.forName("Shift_JIS"), null), "text/html; charset=Shift_JIS")
                .contains("\n" + CharsetPages.JAPANESE));
    }

    @Test
    void decodesByThePageWhenTheContentTypeNamesNoCharset() throws Exception {
        assertTrue(scraped(story(CharsetPages.JAPANESE, Charset.forName("Shift_JIS"), "Shift_JIS"), "text/html")
                .contains("\n" + CharsetPages.JAPANESE));
    }

    @Test
    void passesOverAContentTypeCharsetTheBytesContradict() throws Exception {
        byte[] cp1252 = story(CharsetPages.WESTERN, Charset.forName("windows-1252"), "windows-1252");
        assertTrue(scraped(cp1252, "text/html; charset=utf-8").contains("\n" + CharsetPages.WESTERN + " "));
        byte[] utf8 = story(CharsetPages.WESTERN, StandardCharsets.UTF_8, null);
        assertTrue(scraped(utf8, "text/html; charset=iso-8859-1").contains("\n" + CharsetPages.WESTERN + " "));
    }

    @Test
    void detectsShiftJisUnderALyingContentType() throws Exception {
        byte[] sjis = story(CharsetPages.JAPANESE, Charset.forName("Shift_JIS"), null);
        assertTrue(scraped(sjis, "text/html; charset=ISO-8859-1").contains("\n" + CharsetPages.JAPANESE));
    }

    @Test
    void refusesAPageTooComplexToRead() {
        byte[] deep = ("<html><body>" + "<div>".repeat(200_000) + "Talks ended.</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        FetchException e = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThrows(FetchException.class,
                () -> reader.read(encoded(deep, "text/html"), entry("/story"), "Envoy")));
        assertTrue(e.getMessage().startsWith("not an article: the page is too complex: "), e.getMessage());
        assertFalse(e.retryable());
    }
}
