package io.parley.cli;

import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * StoreOutage tells a failure of the database itself (it stopped answering: connection refused or reset, a
 * timeout) from a failure of one article, so a command that works through many files stops at the first
 * outage instead of failing once per remaining file.
 */
final class StoreOutage {

    private static final int MAX_CAUSES = 20;

    private StoreOutage() {
    }

    /** The low-level reason when {@code failure} was caused by the connection to the database, else empty. */
    static Optional<String> of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                String message = cause.getMessage();
                return Optional.of(message == null || message.isBlank() ? cause.getClass().getSimpleName() : message);
            }
        }
        return Optional.empty();
    }

    private static boolean isConnectionFailure(Throwable t) {
        return t instanceof ConnectException || t instanceof NoRouteToHostException || t instanceof SocketException
                || t instanceof UnknownHostException || t instanceof InterruptedIOException;
    }
}
