package io.parley.cli;

/** A failure to report to the user as one line, without a stack trace (exit code 1). */
final class CliException extends Exception {

    private static final long serialVersionUID = 1L;

    CliException(String message) {
        super(message);
    }
}
