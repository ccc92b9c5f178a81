package io.parley.scrape;

/**
 * An EntryReport says what a run did with one feed entry.
 *
 * @param url       the entry's address
 * @param outcome   what happened
 * @param reason    why it failed, or what it was seen as; {@code null} for new articles
 * @param articleId the stored article's id, or {@code null}
 * @param title     the article's headline (or the entry's), or {@code null}
 * @param willRetry whether it failed for a passing reason and a later run will try it again
 */
public record EntryReport(String url, EntryOutcome outcome, String reason, String articleId, String title,
                          boolean willRetry) {

    static EntryReport failed(String url, String reason, boolean willRetry) {
        return new EntryReport(url, EntryOutcome.FAILED, reason, null, null, willRetry);
    }

    static EntryReport seen(String url, String reason) {
        return new EntryReport(url, EntryOutcome.SEEN, reason, null, null, false);
    }
}
