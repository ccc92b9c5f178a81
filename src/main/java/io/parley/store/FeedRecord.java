package io.parley.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A FeedRecord is one configured feed and what the last scrape run learnt about it.
 *
 * @param url          the feed's address (its identity)
 * @param title        the feed's title, the outlet's name, or {@code null} before the first run
 * @param etag         the {@code ETag} of the last fetched version, or {@code null}
 * @param lastModified the {@code Last-Modified} of the last fetched version, or {@code null}
 * @param lastRun      when it was last scraped, or {@code null}
 * @param lastError    why the last run failed, or {@code null} when it did not
 */
public record FeedRecord(String url, String title, String etag, String lastModified, Instant lastRun, String lastError) {

    public FeedRecord {
        Objects.requireNonNull(url, "url");
    }

    /** A feed that has never been scraped. */
    public static FeedRecord of(String url) {
        return new FeedRecord(url, null, null, null, null, null);
    }
}
