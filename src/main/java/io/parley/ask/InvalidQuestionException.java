package io.parley.ask;

/** A question Parley refuses to read (blank, or too long): the asker's mistake, answered with a 400, never retried. */
public final class InvalidQuestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidQuestionException(String message) {
        super(message);
    }
}
