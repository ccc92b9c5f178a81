package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlsTest {

    private static final URI FEED = URI.create("https://envoy.example/feeds/world.rss");

    @Test
    void resolvesRelativeLinksAndDropsTheFragment() {
        assertEquals(Optional.of(URI.create("https://envoy.example/world/a?x=1")), Urls.absolute(FEED, "../world/a?x=1#comments"));
    }

    @Test
    void lowerCasesSchemeAndHostButNotThePath() {
        assertEquals(Optional.of(URI.create("https://envoy.example/World/A")), Urls.absolute(null, "HTTPS://Envoy.Example/World/A"));
    }

    @Test
    void givesAnEmptyPathAsSlashAndKeepsThePort() {
        assertEquals(Optional.of(URI.create("http://127.0.0.1:8080/")), Urls.absolute(null, "http://127.0.0.1:8080"));
    }

    @Test
    void refusesOtherSchemesAndMalformedLinks() {
        assertEquals(Optional.empty(), Urls.absolute(FEED, "javascript:alert(1)"));
        assertEquals(Optional.empty(), Urls.absolute(FEED, "mailto:desk@envoy.example"));
        assertEquals(Optional.empty(), Urls.absolute(null, "http://bad host/"));
        assertThrows(FetchException.class, () -> Urls.parse("file:///etc/passwd"));
    }
}
