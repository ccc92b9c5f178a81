package io.parley.scrape;

import java.util.List;

/**
 * A FeedReport says what a run did with one feed.
 *
 * @param url     the feed's address
 * @param title   its title, or {@code null}
 * @param status  whether it was read, unchanged since the last run, or failed
 * @param reason  why it failed, or {@code null}
 * @param entries what happened to each entry read
 */
public record FeedReport(String url, String title, Status status, String reason, List<EntryReport> entries) {

    public FeedReport {
        entries = List.copyOf(entries);
    }

    static FeedReport failed(String url, String title, String reason) {
        return new FeedReport(url, title, Status.FAILED, reason, List.of());
    }

    static FeedReport notModified(String url, String title) {
        return new FeedReport(url, title, Status.NOT_MODIFIED, null, List.of());
    }

    /** How a feed fared. */
    public enum Status { READ, NOT_MODIFIED, FAILED }
}
