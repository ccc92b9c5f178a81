package io.parley.service;

/** Thrown when extracting or storing an article's facts failed; the article is marked FAILED with the reason. */
public class ExtractionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ExtractionFailedException(String articleId, Throwable cause) {
        super("extraction of article " + articleId + " failed: " + Reasons.of(cause), cause);
    }
}
