package io.parley.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a message on the extract queue: {@code {"articleId":"…","correlationId":"…"}} asks for an article
 * to be extracted, {@code {"reviseActors":"<surname skeleton>","correlationId":"…"}} for an actor group to be
 * revised. The correlation id is the one of the ingest or extraction that queued it, so the extract function's
 * log lines join theirs.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractMessage(String articleId, String correlationId, String reviseActors) {

    /** An extraction request. */
    public ExtractMessage(String articleId, String correlationId) {
        this(articleId, correlationId, null);
    }

    /** A message without a correlation id (the extract function starts a new one). */
    public ExtractMessage(String articleId) {
        this(articleId, null, null);
    }

    /** A request to revise the actor group under this surname skeleton. */
    public static ExtractMessage revision(String surnameSkeleton, String correlationId) {
        return new ExtractMessage(null, correlationId, surnameSkeleton);
    }
}
