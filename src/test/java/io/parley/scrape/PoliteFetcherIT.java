package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The whole fetch chain against a real local server. */
class PoliteFetcherIT {

    static final ScrapeSettings SETTINGS = ScrapeSettings.defaults().withAllowedHosts(Set.of("127.0.0.1"))
            .withTimeouts(Duration.ofMillis(1000), Duration.ofMillis(1000)).withMaxBytes(64 * 1024)
            .withHostDelay(Duration.ofMillis(200));

    private final TestSite site = TestSite.start();
    private final List<Duration> sleeps = new ArrayList<>();

    private PoliteFetcher fetcher() {
        return new PoliteFetcher(SETTINGS, Resolver.SYSTEM, System::nanoTime, sleeps::add);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void fetchesAPageWithADescriptiveUserAgent() throws Exception {
        site.fixture("/world/story", "envoy-border-talks.html", "text/html; charset=utf-8");
        FetchResponse r = fetcher().page(site.uri("/world/story"));
        assertEquals(200, r.status());
        assertArrayEquals(TestSite.fixtureBytes("envoy-border-talks.html"), r.body());
        String agent = site.requests().get(1).userAgent();
        assertTrue(agent.matches("ParleyBot/\\S+ \\(\\+https://github.com/parley/parley\\)"), agent);
        assertEquals(List.of("/robots.txt", "/world/story"), site.paths());
    }

    @Test
    void waitsBetweenRequestsToTheSameHost() throws Exception {
        site.fixture("/a", "envoy-border-talks.html", "text/html");
        PoliteFetcher fetcher = fetcher();
        fetcher.page(site.uri("/a"));
        fetcher.page(site.uri("/a"));
        assertEquals(2, sleeps.size(), "robots.txt, then /a twice: two waits");
    }

    @Test
    void sendsTheValidatorsAndReturnsNotModified() throws Exception {
        site.feedWithEtag("/feed.rss", "envoy-rss.xml", "\"v1\"");
        FetchResponse first = fetcher().feed(site.uri("/feed.rss"), null, null);
        assertEquals("\"v1\"", first.header("etag"));
        FetchResponse second = fetcher().feed(site.uri("/feed.rss"), "\"v1\"", "Tue, 18 Nov 2025 10:05:00 GMT");
        assertTrue(second.notModified());
        TestSite.Request conditional = site.requests().get(site.requests().size() - 1);
        assertEquals("\"v1\"", conditional.ifNoneMatch());
        assertEquals("Tue, 18 Nov 2025 10:05:00 GMT", conditional.ifModifiedSince());
    }

    @Test
    void followsRedirectsOnTheSameSite() throws Exception {
        site.redirect("/short/x1", 301, "/world/story").fixture("/world/story", "envoy-border-talks.html", "text/html");
        FetchResponse r = fetcher().page(site.uri("/short/x1"));
        assertEquals(site.uri("/world/story"), r.uri());
    }

    @Test
    void refusesARedirectToAPrivateAddressWithoutContactingIt() {
        site.redirect("/go/internal", 302, "http://10.0.0.1/admin");
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/go/internal")));
        assertEquals("refused: 10.0.0.1 resolves to 10.0.0.1, a private address", e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void refusesARedirectToTheCloudMetadataService() {
        site.redirect("/go/meta", 307, "http://169.254.169.254/latest/meta-data/iam/security-credentials/");
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/go/meta")));
        assertTrue(e.getMessage().contains("cloud metadata"), e.getMessage());
    }

    @Test
    void refusesMoreThanFiveRedirects() {
        for (int i = 0; i < 7; i++) {
            site.redirect("/loop/" + i, 302, "/loop/" + (i + 1));
        }
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/loop/0")));
        assertEquals("more than 5 redirects from " + site.uri("/loop/0"), e.getMessage());
        assertEquals(6, site.paths().stream().filter(p -> p.startsWith("/loop/")).count());
    }

    @Test
    void aSlowResponseTimesOut() {
        site.slow("/slow", 3000);
        long start = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/slow")));
        assertTrue(e.getMessage().startsWith("timed out after 1000 ms"), e.getMessage());
        assertTrue(e.retryable());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 2900);
    }

    @Test
    void refusesABodyLargerThanTheCap() {
        site.huge("/huge", 1024 * 1024, false);
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/huge")));
        assertEquals("too large: more than 65536 bytes at " + site.uri("/huge"), e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void refusesADeclaredLengthLargerThanTheCap() {
        site.huge("/huge-declared", 200 * 1024, true);
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/huge-declared")));
        assertTrue(e.getMessage().startsWith("too large"), e.getMessage());
    }

    @Test
    void aMissingPageIsAPermanentFailureAndAServerErrorAPassingOne() {
        site.status("/gone", 404).status("/broken", 500);
        FetchException missing = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/gone")));
        assertEquals("HTTP 404 from " + site.uri("/gone"), missing.getMessage());
        assertFalse(missing.retryable());
        FetchException broken = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/broken")));
        assertEquals("HTTP 500 from " + site.uri("/broken"), broken.getMessage());
        assertTrue(broken.retryable());
    }

    @Test
    void aClosedPortIsAPassingFailure() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher().page(java.net.URI.create("http://127.0.0.1:" + port + "/")));
        assertTrue(e.retryable(), e.getMessage());
    }
}
