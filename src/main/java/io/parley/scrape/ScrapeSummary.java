package io.parley.scrape;

import java.util.List;

/**
 * A ScrapeSummary is the totals of one scrape run, as the scheduled function returns them.
 *
 * @param feeds          feeds read or tried
 * @param unchangedFeeds feeds unchanged since the last run (HTTP 304)
 * @param failedFeeds    feeds that could not be read
 * @param newArticles    articles stored
 * @param seen           entries handled before, not fetched
 * @param duplicates     pages whose content was already stored
 * @param failed         entries that failed
 * @param failures       every failure as "URL: reason"
 */
public record ScrapeSummary(long feeds, long unchangedFeeds, long failedFeeds, long newArticles, long seen,
                            long duplicates, long failed, List<String> failures) {

    public ScrapeSummary {
        failures = List.copyOf(failures);
    }
}
