package io.parley.ingest;

/**
 * An InvalidArticleException says why an input cannot be read as an article (empty, binary, not UTF-8, too
 * large, malformed JSON, no text). Its message is written for the person who supplied the file.
 */
public final class InvalidArticleException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a user-facing message. */
    public InvalidArticleException(String message) {
        super(message);
    }
}
