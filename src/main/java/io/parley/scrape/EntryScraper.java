package io.parley.scrape;

import io.parley.service.IngestOutcome;
import io.parley.service.IngestService;
import io.parley.store.FeedStore;
import io.parley.store.SeenUrl;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * EntryScraper handles one feed entry of a run: unless its address was handled before, it fetches the
 * page, reads it and hands the article to ingest, then records the address as seen.
 *
 * <p>The seen record is written once the outcome is known (a conditional put, never over another run's
 * record), with the reason when it failed. A permanent failure (refused address, robots.txt, 404, not an
 * article, too large) is never tried again; a passing one (timeout, 5xx, refused connection) is tried on
 * later runs until it has been tried {@code maxAttempts} times. Two overlapping runs may both fetch a new
 * page; ingest stores its content once, so the second sees a duplicate. Once the run's time is used up,
 * entries are left unrecorded for the next run.
 */
final class EntryScraper {

    static final String OUT_OF_TIME = "run time used up; left for the next run";

    private final FeedStore store;
    private final IngestService ingest;
    private final PoliteFetcher fetcher;
    private final PageReader pages;
    private final Clock clock;
    private final int maxAttempts;
    private final Instant deadline;
    private final Set<String> handled = new HashSet<>();

    EntryScraper(FeedStore store, IngestService ingest, PoliteFetcher fetcher, PageReader pages, Clock clock,
                 int maxAttempts, Instant deadline) {
        this.store = store;
        this.ingest = ingest;
        this.fetcher = fetcher;
        this.pages = pages;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
        this.deadline = deadline;
    }

    /** Handles one entry of the feed at {@code feedUrl}, whose outlet is {@code outlet}. */
    EntryReport scrape(FeedEntry entry, String feedUrl, String outlet) {
        String url = Urls.absolute(null, entry.link()).map(URI::toString).orElse(entry.link());
        if (!handled.add(url)) {
            return EntryReport.seen(url, "listed again in this run");
        }
        if (clock.instant().isAfter(deadline)) {
            return EntryReport.failed(url, OUT_OF_TIME, true);
        }
        Optional<SeenUrl> before = store.seen(url);
        if (before.isPresent() && !mayRetry(before.get())) {
            return EntryReport.seen(url, describe(before.get()));
        }
        int attempts = before.map(SeenUrl::attempts).orElse(0);
        EntryReport report = attempt(url, entry, feedUrl, outlet, attempts + 1);
        store.recordSeen(seenRecord(report, attempts + 1), attempts);
        return report;
    }

    private EntryReport attempt(String url, FeedEntry entry, String feedUrl, String outlet, int attempt) {
        try {
            FetchResponse page = fetcher.page(Urls.parse(url));
            IngestOutcome result = ingest.ingest(pages.upload(page, entry, outlet, feedUrl));
            if (!(result instanceof IngestOutcome.Stored stored)) {
                return EntryReport.failed(url, PageReader.NOT_AN_ARTICLE + ((IngestOutcome.Rejected) result).reason(), false);
            }
            EntryOutcome outcome = stored.kind() == IngestOutcome.Kind.NEW ? EntryOutcome.NEW : EntryOutcome.DUPLICATE;
            return new EntryReport(url, outcome, null, stored.articleId(), stored.title(), false);
        } catch (FetchException e) {
            return EntryReport.failed(url, e.getMessage(), e.retryable() && attempt < maxAttempts);
        } catch (RuntimeException e) {
            return EntryReport.failed(url, "error: " + e, attempt < maxAttempts);
        }
    }

    private boolean mayRetry(SeenUrl seen) {
        return seen.outcome() == SeenUrl.Outcome.FAILED && seen.retryable() && seen.attempts() < maxAttempts;
    }

    private SeenUrl seenRecord(EntryReport report, int attempts) {
        return new SeenUrl(report.url(), SeenUrl.Outcome.valueOf(report.outcome().name()), report.reason(), report.willRetry(), attempts,
                clock.instant(), report.articleId());
    }

    private static String describe(SeenUrl seen) {
        String outcome = seen.outcome().name().toLowerCase(Locale.ROOT);
        String detail = seen.reason() != null ? ": " + seen.reason() : seen.articleId() != null ? " as " + seen.articleId() : "";
        return "handled " + seen.at() + ", " + outcome + detail;
    }
}
