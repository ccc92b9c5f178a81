package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.ingest.ContentHash;
import io.parley.model.Article;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
}
