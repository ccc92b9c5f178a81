package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.ArticleInfo;
import io.parley.service.IngestService;
import io.parley.store.DynamoFeedStore;
import io.parley.store.DynamoParleyStore;
import io.parley.store.FeedRecord;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;
import io.parley.store.TableSetup;
import io.parley.testing.Dynalite;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole runs: feeds and pages on a local news site, articles and feed state in dynalite. */
class ScraperIT {

    private static final String BORDER_TALKS = "/world/2025/11/18/arvenia-beltrasia-border-talks";
    private static final String GAS_DEAL = "/world/2025/11/17/kestria-morvania-gas-deal";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-19T08:00:00Z"), ZoneOffset.UTC);

    private static Dynalite dynalite;
    private static int tables;

    private final TestSite site = TestSite.start();
    private final List<String> queued = new ArrayList<>();
    private ParleyStore articles;
    private FeedStore feeds;
    private Scraper scraper;

    @BeforeAll
    static void startDynalite() {
        dynalite = Dynalite.start();
    }

    @AfterAll
    static void stopDynalite() {
        dynalite.close();
    }

    /** A table of its own for each test, since the same pages would otherwise be duplicates of the last test's. */
    @BeforeEach
    void newTable() {
        String table = "scrape-" + ++tables;
        TableSetup.createIfMissing(dynalite.client(), table);
        articles = new DynamoParleyStore(dynalite.client(), table);
        feeds = new DynamoFeedStore(dynalite.client(), table);
        IngestService ingest = new IngestService(articles, queued::add, CLOCK);
        scraper = new Scraper(feeds, ingest, PoliteFetcherIT.SETTINGS, CLOCK,
                () -> new PoliteFetcher(PoliteFetcherIT.SETTINGS, Resolver.SYSTEM, System::nanoTime, d -> { }));
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    /** The Daily Envoy: robots.txt, the RSS feed and its pages, a section front, a redirect to a private address. */
    private void envoy() {
        site.fixture("/robots.txt", "robots.txt", "text/plain")
                .fixture("/feeds/world.rss", "envoy-rss.xml", "application/rss+xml")
                .fixture(BORDER_TALKS + "?utm_source=rss&utm_medium=feed", "envoy-border-talks.html", "text/html; charset=utf-8")
                .fixture(GAS_DEAL, "envoy-gas-deal.html", "text/html")
                .fixture("/world/", "envoy-world-front.html", "text/html")
                .fixture("/premium/lorhaven-negotiations", "envoy-gas-deal.html", "text/html")
                .redirect("/go/live-reaction", 302, "http://10.0.0.1/live");
    }

    private void courier() {
        site.fixture("/diplomacy/atom.xml", "courier-atom.xml", "application/atom+xml")
                .fixture("/diplomacy/lorhaven-summit-fishing-rights", "courier-lorhaven-summit.html", "text/html")
                .fixture("/diplomacy/tarn-ossel-phone-call", "courier-phone-call.html", "text/html");
    }

    private static List<EntryOutcome> outcomes(FeedReport feed) {
        return feed.entries().stream().map(EntryReport::outcome).toList();
    }

    @Test
    void storesTheNewArticlesOfAnRssFeedAndRecordsEachFailureWithItsReason() {
        envoy();
        FeedReport feed = scraper.scrape(List.of(site.base() + "/feeds/world.rss")).feeds().get(0);

        assertEquals(FeedReport.Status.READ, feed.status());
        assertEquals("The Daily Envoy - World", feed.title());
        assertEquals(List.of(EntryOutcome.NEW, EntryOutcome.NEW, EntryOutcome.FAILED, EntryOutcome.FAILED,
                EntryOutcome.FAILED, EntryOutcome.FAILED), outcomes(feed));
        List<String> reasons = feed.entries().stream().map(EntryReport::reason).toList();
        assertTrue(reasons.get(2).startsWith("not an article: "), reasons.get(2));
        assertEquals("disallowed by robots.txt: " + site.base() + "/premium/lorhaven-negotiations", reasons.get(3));
        assertEquals("HTTP 404 from " + site.base() + "/world/2025/11/16/border-deal-analysis", reasons.get(4));
        assertEquals("refused: 10.0.0.1 resolves to 10.0.0.1, a private address", reasons.get(5));
        assertEquals(0, site.count("/premium/lorhaven-negotiations"));
        assertEquals(2, queued.size());
    }

    @Test
    void storesArticlesAsUploadsAreStoredWithTheFeedAsSource() {
        envoy();
        scraper.scrape(List.of(site.base() + "/feeds/world.rss"));
        ArticleInfo info = articles.find(queued.get(0)).orElseThrow().article().info();
        assertEquals("Arvenia and Beltrasia agree to reopen border talks in Geneva", info.title());
        assertEquals(LocalDate.of(2025, 11, 18), info.published());
        assertEquals(site.base() + BORDER_TALKS, info.url());
        assertEquals("The Daily Envoy - World", info.outlet());
        assertEquals(site.base() + "/feeds/world.rss", articles.find(queued.get(0)).orElseThrow().source());
    }

    @Test
    void aSecondRunSeesEverythingAsSeenAndFetchesNoPage() {
        envoy();
        scraper.scrape(List.of(site.base() + "/feeds/world.rss"));
        int requests = site.requests().size();

        FeedReport again = scraper.scrape(List.of(site.base() + "/feeds/world.rss")).feeds().get(0);

        assertEquals(List.of(EntryOutcome.SEEN), outcomes(again).stream().distinct().toList());
        assertEquals(List.of("/robots.txt", "/feeds/world.rss"), site.paths().subList(requests, site.paths().size()));
        assertEquals(2, queued.size());
    }

    @Test
    void anUnchangedFeedIsNotReadAgain() {
        site.feedWithEtag("/diplomacy/atom.xml", "courier-atom.xml", "\"courier-42\"");
        courier();
        site.feedWithEtag("/diplomacy/atom.xml", "courier-atom.xml", "\"courier-42\"");
        String url = site.base() + "/diplomacy/atom.xml";
        feeds.add(url);
        assertEquals(2, scraper.scrapeAll().count(EntryOutcome.NEW));
        assertEquals("\"courier-42\"", feeds.find(url).map(FeedRecord::etag).orElseThrow());
        int requests = site.requests().size();

        ScrapeReport second = scraper.scrapeAll();

        assertEquals(FeedReport.Status.NOT_MODIFIED, second.feeds().get(0).status());
        assertEquals(List.of("/robots.txt", "/diplomacy/atom.xml"), site.paths().subList(requests, site.paths().size()));
        assertEquals("\"courier-42\"", site.requests().get(site.requests().size() - 1).ifNoneMatch());
    }

    @Test
    void aFailingFeedDoesNotStopTheOthers() {
        courier();
        site.status("/broken.rss", 500).fixture("/ledger.rss", "malformed.xml", "application/rss+xml")
                .route("/slow.rss", x -> sleepThen(x)).status("/missing.rss", 404);
        List<String> urls = List.of(site.base() + "/broken.rss", site.base() + "/ledger.rss", site.base() + "/slow.rss",
                site.base() + "/missing.rss", "file:///etc/passwd", site.base() + "/diplomacy/atom.xml");
        urls.forEach(feeds::add);

        ScrapeReport report = scraper.scrape(urls);

        List<String> reasons = report.feeds().stream().map(FeedReport::reason).toList();
        assertEquals("HTTP 500 from " + site.base() + "/broken.rss", reasons.get(0));
        assertTrue(reasons.get(1).startsWith("malformed feed: "), reasons.get(1));
        assertTrue(reasons.get(2).startsWith("timed out after 1000 ms"), reasons.get(2));
        assertEquals("HTTP 404 from " + site.base() + "/missing.rss", reasons.get(3));
        assertEquals("not an http(s) URL: file:///etc/passwd", reasons.get(4));
        assertEquals(FeedReport.Status.READ, report.feeds().get(5).status());
        assertEquals(2, report.count(EntryOutcome.NEW));
        assertEquals(5, report.count(FeedReport.Status.FAILED));
        assertEquals(reasons.get(0), feeds.find(site.base() + "/broken.rss").orElseThrow().lastError());
    }

    @Test
    void aPassingFailureIsTriedAgainOnTheNextRunAndThenSeen() {
        courier();
        AtomicInteger calls = new AtomicInteger();
        site.route("/diplomacy/tarn-ossel-phone-call", x -> {
            if (calls.incrementAndGet() == 1) {
                x.sendResponseHeaders(503, -1);
                x.close();
            } else {
                x.getResponseHeaders().add("Content-Type", "text/html");
                byte[] body = TestSite.fixtureBytes("courier-phone-call.html");
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
                x.close();
            }
        });
        String url = site.base() + "/diplomacy/atom.xml";

        EntryReport first = scraper.scrape(List.of(url)).feeds().get(0).entries().get(1);
        EntryReport second = scraper.scrape(List.of(url)).feeds().get(0).entries().get(1);
        EntryReport third = scraper.scrape(List.of(url)).feeds().get(0).entries().get(1);

        assertEquals(EntryOutcome.FAILED, first.outcome());
        assertTrue(first.willRetry());
        assertEquals(EntryOutcome.NEW, second.outcome());
        assertEquals(EntryOutcome.SEEN, third.outcome());
        assertEquals(2, calls.get());
    }

    @Test
    void aPermanentFailureIsNotTriedAgain() {
        envoy();
        scraper.scrape(List.of(site.base() + "/feeds/world.rss"));
        scraper.scrape(List.of(site.base() + "/feeds/world.rss"));
        assertEquals(1, site.count("/world/2025/11/16/border-deal-analysis"));
        assertEquals(1, site.count("/world/"));
    }

    @Test
    void theSameArticleUnderTwoAddressesIsStoredOnce() {
        courier();
        site.fixture("/amp/tarn-ossel-phone-call", "courier-phone-call.html", "text/html")
                .text("/amp.rss", 200, "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>"
                        + "<title>Courier AMP</title><item><title>Tarn and Ossel</title><link>/amp/tarn-ossel-phone-call</link>"
                        + "</item></channel></rss>");

        ScrapeReport report = scraper.scrape(List.of(site.base() + "/diplomacy/atom.xml", site.base() + "/amp.rss"));

        assertEquals(List.of(EntryOutcome.DUPLICATE), outcomes(report.feeds().get(1)));
        assertEquals(2, queued.stream().distinct().count(), "queued again while waiting for extraction, stored once");
    }

    @Test
    void hugeAndSlowPagesFailWithoutStoppingTheRun() {
        courier();
        site.huge("/diplomacy/lorhaven-summit-fishing-rights", 2 * 1024 * 1024, false)
                .slow("/diplomacy/tarn-ossel-phone-call", 3000);
        FeedReport feed = scraper.scrape(List.of(site.base() + "/diplomacy/atom.xml")).feeds().get(0);
        assertTrue(feed.entries().get(0).reason().startsWith("too large: more than 65536 bytes"), feed.entries().get(0).reason());
        assertFalse(feed.entries().get(0).willRetry());
        assertTrue(feed.entries().get(1).reason().startsWith("timed out"), feed.entries().get(1).reason());
        assertTrue(feed.entries().get(1).willRetry());
        assertNull(feeds.find(site.base() + "/diplomacy/atom.xml").map(FeedRecord::etag).orElse(null));
    }

    @Test
    void feedsLeftWhenTheRunTimeIsUsedUpAreReadByTheNextRun() {
        courier();
        ScrapeSettings noTime = PoliteFetcherIT.SETTINGS.withMaxRunTime(java.time.Duration.ofSeconds(-1));
        Scraper hurried = new Scraper(feeds, new IngestService(articles, queued::add, CLOCK), noTime, CLOCK,
                () -> new PoliteFetcher(noTime, Resolver.SYSTEM, System::nanoTime, d -> { }));
        String url = site.base() + "/diplomacy/atom.xml";

        FeedReport first = hurried.scrape(List.of(url)).feeds().get(0);
        assertEquals("run time used up; left for the next run", first.reason());
        assertEquals(List.of(), site.paths());

        FeedReport second = scraper.scrape(List.of(url)).feeds().get(0);
        assertEquals(List.of(EntryOutcome.NEW, EntryOutcome.NEW), outcomes(second));
    }

    @Test
    void entriesLeftWhenTheRunTimeIsUsedUpAreReadByTheNextRun() {
        courier();
        MovableClock clock = new MovableClock();
        byte[] atom = new String(TestSite.fixtureBytes("courier-atom.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("${BASE}", site.base()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        site.route("/diplomacy/atom.xml", x -> {
            clock.now = clock.now.plusSeconds(600);
            x.sendResponseHeaders(200, atom.length);
            x.getResponseBody().write(atom);
            x.close();
        });
        Scraper timed = new Scraper(feeds, new IngestService(articles, queued::add, clock), PoliteFetcherIT.SETTINGS, clock,
                () -> new PoliteFetcher(PoliteFetcherIT.SETTINGS, Resolver.SYSTEM, System::nanoTime, d -> { }));
        String url = site.base() + "/diplomacy/atom.xml";
        feeds.add(url);

        FeedReport first = timed.scrape(List.of(url)).feeds().get(0);
        assertEquals(List.of(EntryScraper.OUT_OF_TIME, EntryScraper.OUT_OF_TIME),
                first.entries().stream().map(EntryReport::reason).toList());
        assertEquals(0, site.count("/diplomacy/lorhaven-summit-fishing-rights"));

        assertEquals(List.of(EntryOutcome.NEW, EntryOutcome.NEW), outcomes(scraper.scrape(List.of(url)).feeds().get(0)));
    }

    /** A clock that a test moves on. */
    private static final class MovableClock extends Clock {
        volatile Instant now = CLOCK.instant();

        @Override public java.time.ZoneId getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    private static void sleepThen(com.sun.net.httpserver.HttpExchange x) throws java.io.IOException {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        x.sendResponseHeaders(200, -1);
        x.close();
    }
}
