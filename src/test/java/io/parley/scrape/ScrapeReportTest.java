package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScrapeReportTest {

    private static final ScrapeReport REPORT = new ScrapeReport(List.of(
            new FeedReport("https://envoy.example/feeds/world.rss", "The Daily Envoy", FeedReport.Status.READ, null, List.of(
                    new EntryReport("https://envoy.example/a", EntryOutcome.NEW, null, "0123456789abcdef", "Talks resume", false),
                    EntryReport.seen("https://envoy.example/b", "handled 2025-11-18T08:00:00Z, new as fedcba9876543210"),
                    new EntryReport("https://envoy.example/c", EntryOutcome.DUPLICATE, null, "0123456789abcdef", "Talks resume", false),
                    EntryReport.failed("https://envoy.example/d", "HTTP 503 from https://envoy.example/d", true))),
            FeedReport.failed("https://ledger.example/rss", null, "malformed feed: XML document structures must start and end within the same entity."),
            FeedReport.notModified("https://courier.example/atom.xml", "The Harbour Courier")));

    @Test
    void countsOutcomesAndListsEveryFailure() {
        ScrapeSummary summary = REPORT.summary();
        assertEquals(new ScrapeSummary(3, 1, 1, 1, 1, 1, 1, List.of(
                "https://envoy.example/d: HTTP 503 from https://envoy.example/d",
                "https://ledger.example/rss: malformed feed: XML document structures must start and end within the same entity.")),
                new ScrapeSummary(summary.feeds(), summary.unchangedFeeds(), summary.failedFeeds(), summary.newArticles(),
                        summary.seen(), summary.duplicates(), summary.failed(), summary.failures().stream().sorted().toList()));
    }

    @Test
    void formatsOneLinePerFeedAndEntryThenTheTotals() {
        assertEquals("""
                feed https://envoy.example/feeds/world.rss (The Daily Envoy): read
                  new       https://envoy.example/a  "Talks resume" id 0123456789abcdef
                  seen      https://envoy.example/b  (handled 2025-11-18T08:00:00Z, new as fedcba9876543210)
                  duplicate https://envoy.example/c  "Talks resume" id 0123456789abcdef
                  failed    https://envoy.example/d  (HTTP 503 from https://envoy.example/d; will retry)
                feed https://ledger.example/rss: failed: malformed feed: XML document structures must start and end within the same entity.
                feed https://courier.example/atom.xml (The Harbour Courier): not modified
                1 new, 1 already seen, 1 duplicate, 1 failed; 3 feeds (1 unchanged, 1 failed)
                """, REPORT.format());
    }
}
