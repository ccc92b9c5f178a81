package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** robots.txt as the fetch chain applies it, against a real local server. */
class RobotsPolicyIT {

    private final TestSite site = TestSite.start();

    private PoliteFetcher fetcher() {
        return new PoliteFetcher(PoliteFetcherIT.SETTINGS, Resolver.SYSTEM, System::nanoTime, d -> { });
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void refusesAPathThatRobotsTxtDisallows() {
        site.fixture("/robots.txt", "robots.txt", "text/plain").fixture("/premium/story", "envoy-gas-deal.html", "text/html");
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/premium/story")));
        assertEquals("disallowed by robots.txt: " + site.uri("/premium/story"), e.getMessage());
        assertFalse(e.retryable());
        assertEquals(0, site.count("/premium/story"));
    }

    @Test
    void allowsOtherPathsAndReadsRobotsTxtOncePerRun() throws Exception {
        site.fixture("/robots.txt", "robots.txt", "text/plain").fixture("/world/a", "envoy-gas-deal.html", "text/html")
                .fixture("/world/b", "envoy-border-talks.html", "text/html");
        PoliteFetcher fetcher = fetcher();
        fetcher.page(site.uri("/world/a"));
        fetcher.page(site.uri("/world/b"));
        assertEquals(1, site.count("/robots.txt"));
    }

    @Test
    void rulesForParleyBotByNameApply() {
        site.text("/robots.txt", 200, "text/plain", "User-agent: *\nAllow: /\n\nUser-agent: ParleyBot\nDisallow: /world/\n")
                .fixture("/world/a", "envoy-gas-deal.html", "text/html");
        assertThrows(FetchException.class, () -> fetcher().page(site.uri("/world/a")));
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() throws Exception {
        site.fixture("/world/a", "envoy-gas-deal.html", "text/html");
        assertEquals(200, fetcher().page(site.uri("/world/a")).status());
    }

    @Test
    void aFailingRobotsTxtDisallowsTheSiteForThisRun() {
        site.status("/robots.txt", 503).fixture("/world/a", "envoy-gas-deal.html", "text/html");
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/world/a")));
        assertEquals("robots.txt unavailable (HTTP 503): " + site.uri("/world/a"), e.getMessage());
        assertTrue(e.retryable());
        assertEquals(0, site.count("/world/a"));
    }

    @Test
    void aSlowRobotsTxtDisallowsTheSite() {
        site.slow("/robots.txt", 3000).fixture("/world/a", "envoy-gas-deal.html", "text/html");
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/world/a")));
        assertTrue(e.getMessage().startsWith("robots.txt unavailable (timed out"), e.getMessage());
    }

    @Test
    void robotsTxtRedirectingToAPrivateAddressDisallowsTheSite() {
        site.redirect("/robots.txt", 301, "http://192.168.0.1/robots.txt").fixture("/world/a", "envoy-gas-deal.html", "text/html");
        FetchException e = assertThrows(FetchException.class, () -> fetcher().page(site.uri("/world/a")));
        assertTrue(e.getMessage().contains("refused: 192.168.0.1"), e.getMessage());
    }

    @Test
    void honoursACrawlDelayUpToTheLimit() throws Exception {
        site.text("/robots.txt", 200, "text/plain", "User-agent: *\nCrawl-delay: 60\nDisallow: /search\n")
                .fixture("/world/a", "envoy-gas-deal.html", "text/html");
        java.util.List<java.time.Duration> sleeps = new java.util.ArrayList<>();
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong();
        PoliteFetcher fetcher = new PoliteFetcher(PoliteFetcherIT.SETTINGS, Resolver.SYSTEM, now::get, d -> {
            sleeps.add(d);
            now.addAndGet(d.toNanos());
        });
        fetcher.page(site.uri("/world/a"));
        fetcher.page(site.uri("/world/a"));
        assertEquals(java.util.List.of(java.time.Duration.ofMillis(200), RobotsPolicy.MAX_CRAWL_DELAY), sleeps);
    }
}
