package io.parley.store;

/** Thrown when a paging token was not issued by Parley (or was altered). */
public class InvalidPageTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidPageTokenException() {
        super("the 'next' token is not valid; pass the value of 'next' from the previous page unchanged");
    }
}
