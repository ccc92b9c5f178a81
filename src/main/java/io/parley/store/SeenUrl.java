package io.parley.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A SeenUrl records that the scraper handled an article address, so that it is not fetched again.
 *
 * @param url       the article's address, normalised
 * @param outcome   what happened to the page
 * @param reason    why it failed, or {@code null}
 * @param retryable whether the failure may pass (timeout, 5xx), so a later run may try again
 * @param attempts  how many times it was fetched
 * @param at        when it was last fetched
 * @param articleId the stored article's id, or {@code null} when it failed
 */
public record SeenUrl(String url, Outcome outcome, String reason, boolean retryable, int attempts, Instant at,
                      String articleId) {

    /** What fetching an article address ended in. */
    public enum Outcome {
        /** Stored as a new article. */
        NEW,
        /** The same content was already stored. */
        DUPLICATE,
        /** Not fetched, or not an article; the reason says why. */
        FAILED
    }

    public SeenUrl {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }
}
