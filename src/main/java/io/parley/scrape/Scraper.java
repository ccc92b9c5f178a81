package io.parley.scrape;

import io.parley.service.IngestService;
import io.parley.store.FeedRecord;
import io.parley.store.FeedStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scraper runs one scrape: for each feed, a conditional fetch (ETag, Last-Modified), the entries it lists,
 * and for each entry not handled before, the article page into ingest ({@link EntryScraper}). A feed or page
 * that fails is reported with its reason and does not stop the others. What the run learnt about a feed
 * (title, validators, last error) is saved on its FEED item; when an entry failed for a passing reason the
 * old validators are kept, so the next run reads the feed again and retries it. Once the run's time
 * ({@link ScrapeSettings#maxRunTime()}) is used up, the feeds and entries left are reported and left untouched
 * for the next run.
 */
public final class Scraper {

    private final FeedStore store;
    private final IngestService ingest;
    private final ScrapeSettings settings;
    private final Clock clock;
    private final Supplier<PoliteFetcher> fetchers;
    private final FeedParser parser = new FeedParser();

    /**
     * A scraper that fetches with {@code settings}. Its runs share one HTTP client; each run has its own
     * robots.txt cache and rate limit.
     */
    public Scraper(FeedStore store, IngestService ingest, ScrapeSettings settings, Clock clock) {
        this(store, ingest, settings, clock, fetchers(settings));
    }

    Scraper(FeedStore store, IngestService ingest, ScrapeSettings settings, Clock clock, Supplier<PoliteFetcher> fetchers) {
        this.store = store;
        this.ingest = ingest;
        this.settings = settings;
        this.clock = clock;
        this.fetchers = fetchers;
    }

    private static Supplier<PoliteFetcher> fetchers(ScrapeSettings settings) {
        HttpTransport transport = HttpTransport.of(settings);
        return () -> new PoliteFetcher(settings, transport, Resolver.SYSTEM, System::nanoTime, HostRateLimiter.Sleeper.THREAD);
    }

    /** Scrapes every feed in the store. */
    public ScrapeReport scrapeAll() {
        return scrape(store.list().stream().map(FeedRecord::url).sorted().toList());
    }

    /** Scrapes the given feeds; the state of those in the store is read and saved, the others' is not kept. */
    public ScrapeReport scrape(List<String> feedUrls) {
        PoliteFetcher fetcher = fetchers.get();
        Instant deadline = clock.instant().plus(settings.maxRunTime());
        EntryScraper entries = new EntryScraper(store, ingest, fetcher, new PageReader(settings.maxBytes()), clock,
                settings.maxAttempts(), deadline);
        List<FeedReport> reports = new ArrayList<>();
        for (String url : feedUrls) {
            reports.add(clock.instant().isAfter(deadline) ? FeedReport.failed(url, null, EntryScraper.OUT_OF_TIME)
                    : scrapeFeed(url, fetcher, entries));
        }
        return new ScrapeReport(reports);
    }

    private FeedReport scrapeFeed(String given, PoliteFetcher fetcher, EntryScraper entries) {
        String url = Urls.absolute(null, given).map(Object::toString).orElse(given);
        FeedRecord before = store.find(url).orElse(FeedRecord.of(url));
        try {
            FetchResponse response = fetcher.feed(Urls.parse(url), before.etag(), before.lastModified());
            if (response.notModified()) {
                save(before, before.title(), before.etag(), before.lastModified(), null);
                return FeedReport.notModified(url, before.title());
            }
            return read(before, response, entries);
        } catch (FetchException e) {
            save(before, before.title(), before.etag(), before.lastModified(), e.getMessage());
            return FeedReport.failed(url, before.title(), e.getMessage());
        }
    }

    private FeedReport read(FeedRecord before, FetchResponse response, EntryScraper entries) throws FetchException {
        ParsedFeed feed = parser.parse(response.body(), response.uri());
        String title = feed.title() != null ? feed.title() : before.title();
        List<EntryReport> reports = feed.entries().stream().limit(settings.maxEntriesPerFeed())
                .map(e -> entries.scrape(e, before.url(), title)).toList();
        if (reports.stream().anyMatch(EntryReport::willRetry)) {
            save(before, title, before.etag(), before.lastModified(), null);
        } else {
            save(before, title, response.header("etag"), response.header("last-modified"), null);
        }
        return new FeedReport(before.url(), title, FeedReport.Status.READ, null, reports);
    }

    private void save(FeedRecord before, String title, String etag, String lastModified, String error) {
        store.saveRun(new FeedRecord(before.url(), title, etag, lastModified, clock.instant(), error));
    }
}
