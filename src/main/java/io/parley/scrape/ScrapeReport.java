package io.parley.scrape;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A ScrapeReport says what one scrape run did, feed by feed and entry by entry.
 *
 * @param feeds one report per feed, in the order they were read
 */
public record ScrapeReport(List<FeedReport> feeds) {

    public ScrapeReport {
        feeds = List.copyOf(feeds);
    }

    /** How many entries had {@code outcome}, over all feeds. */
    public long count(EntryOutcome outcome) {
        return feeds.stream().flatMap(f -> f.entries().stream()).filter(e -> e.outcome() == outcome).count();
    }

    /** How many feeds had {@code status}. */
    public long count(FeedReport.Status status) {
        return feeds.stream().filter(f -> f.status() == status).count();
    }

    /** Every failure, feed or entry, as "URL: reason". */
    public List<String> failures() {
        List<String> failures = new ArrayList<>();
        for (FeedReport feed : feeds) {
            if (feed.status() == FeedReport.Status.FAILED) {
                failures.add(feed.url() + ": " + feed.reason());
            }
            feed.entries().stream().filter(e -> e.outcome() == EntryOutcome.FAILED)
                    .forEach(e -> failures.add(e.url() + ": " + e.reason()));
        }
        return failures;
    }

    /** The totals, for the function's result and logs. */
    public ScrapeSummary summary() {
        return new ScrapeSummary(feeds.size(), count(FeedReport.Status.NOT_MODIFIED), count(FeedReport.Status.FAILED),
                count(EntryOutcome.NEW), count(EntryOutcome.SEEN), count(EntryOutcome.DUPLICATE),
                count(EntryOutcome.FAILED), failures());
    }

    /** The report as lines for a terminal: each feed, each entry with its outcome and reason, then totals. */
    public String format() {
        StringBuilder out = new StringBuilder();
        for (FeedReport feed : feeds) {
            out.append("feed ").append(feed.url()).append(feed.title() == null ? "" : " (" + feed.title() + ")")
                    .append(": ").append(feed.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(feed.reason() == null ? "" : ": " + feed.reason()).append('\n');
            feed.entries().forEach(e -> out.append(line(e)));
        }
        ScrapeSummary s = summary();
        String totals = "%d new, %d already seen, %d duplicate, %d failed; %d feeds (%d unchanged, %d failed)%n";
        return out.append(String.format(Locale.ROOT, totals, s.newArticles(), s.seen(), s.duplicates(), s.failed(),
                s.feeds(), s.unchangedFeeds(), s.failedFeeds())).toString();
    }

    private static String line(EntryReport e) {
        String outcome = String.format(Locale.ROOT, "  %-9s ", e.outcome().name().toLowerCase(Locale.ROOT));
        String detail = e.outcome() == EntryOutcome.FAILED || e.outcome() == EntryOutcome.SEEN
                ? (e.reason() == null ? "" : "  (" + e.reason() + (e.willRetry() ? "; will retry" : "") + ")")
                : (e.title() == null ? "" : "  \"" + e.title() + "\"") + (e.articleId() == null ? "" : " id " + e.articleId());
        return outcome + e.url() + detail + "\n";
    }
}
