package io.parley.scrape;

/** What a scrape run did with one feed entry. */
public enum EntryOutcome {
    /** Fetched, read and stored as a new article. */
    NEW,
    /** Handled by an earlier run (or earlier in this one): not fetched. */
    SEEN,
    /** Fetched and read, but the same content was already stored. */
    DUPLICATE,
    /** Not fetched, or not an article; the reason says why. */
    FAILED
}
