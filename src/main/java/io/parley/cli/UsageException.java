package io.parley.cli;

/** Thrown when a command line cannot be understood; the CLI prints the message and exits with 2. */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    UsageException(String message) {
        super(message);
    }
}
