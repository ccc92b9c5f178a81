package io.parley.ops;

import java.util.UUID;
import org.jboss.logging.MDC;

/**
 * LogContext keeps the ids that every log line of a request carries (JSON logging prints them as fields):
 * the Lambda request id, the correlation id that follows an article from ingest through the extract queue
 * to extraction, and the article id. Never article text.
 */
public final class LogContext {

    /** The Lambda request id; the name Quarkus's own Lambda loop uses. */
    public static final String REQUEST_ID = "AWSRequestId";
    public static final String CORRELATION_ID = "correlationId";
    public static final String ARTICLE_ID = "articleId";

    private LogContext() {
    }

    /** The current correlation id, or {@code null} outside a request. */
    public static String correlationId() {
        Object id = MDC.get(CORRELATION_ID);
        return id == null ? null : id.toString();
    }

    /**
     * Starts a request's context: the given correlation id, else the Lambda request id, else a new one.
     * Closing the scope restores what was there before.
     */
    public static Scope request(String correlationId) {
        String id = firstPresent(correlationId, MDC.get(REQUEST_ID));
        return put(CORRELATION_ID, id == null ? UUID.randomUUID().toString() : id);
    }

    /** Names the article a stretch of work is about. */
    public static Scope article(String articleId) {
        return put(ARTICLE_ID, articleId);
    }

    /** Puts one key for the life of the scope. */
    public static Scope put(String key, String value) {
        Object previous = MDC.get(key);
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
        return () -> {
            if (previous == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, previous);
            }
        };
    }

    private static String firstPresent(String first, Object second) {
        if (first != null && !first.isBlank()) {
            return first;
        }
        return second == null ? null : second.toString();
    }

    /** A stretch of work with some ids in the log context; closing it restores the previous ones. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
