package io.parley.store;

/** A storage failure that retrying the whole operation may fix (throttling, unprocessed batch items). */
public class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
