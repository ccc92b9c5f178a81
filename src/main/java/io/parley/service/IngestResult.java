package io.parley.service;

/**
 * What ingest did with one article.
 *
 * @param outcome {@link Outcome#NEW} when stored and queued for extraction, {@link Outcome#DUPLICATE}
 *                when the same content was already stored
 */
public record IngestResult(String articleId, String title, Outcome outcome) {

    /** Whether the article was new. */
    public enum Outcome { NEW, DUPLICATE }
}
