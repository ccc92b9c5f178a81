package io.parley.scrape;

/**
 * A FetchException says why a feed or page was not fetched or not used; its message is the one-line reason
 * kept in the report and the store.
 */
public final class FetchException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    FetchException(String reason, boolean retryable) {
        super(reason);
        this.retryable = retryable;
    }

    /** A failure that will not change on a later run: refused address, robots.txt, 404, not an article. */
    static FetchException permanent(String reason) {
        return new FetchException(reason, false);
    }

    /** A failure that a later run may not meet: timeout, refused connection, 5xx. */
    static FetchException transientFailure(String reason) {
        return new FetchException(reason, true);
    }

    /** Whether a later run may try again. */
    public boolean retryable() {
        return retryable;
    }
}
