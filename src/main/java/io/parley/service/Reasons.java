package io.parley.service;

/** Turns an exception into the one-line reason kept on a failed article. */
final class Reasons {

    private static final int MAX_LENGTH = 500;

    private Reasons() {
    }

    static String of(Throwable error) {
        String message = error.getMessage();
        String reason = error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH) + "…";
    }
}
