package io.parley.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of a message on the extract queue: {@code {"articleId":"…","correlationId":"…"}}. The correlation
 * id is the one of the ingest that queued it, so the extract function's log lines join the ingest's.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExtractMessage(String articleId, String correlationId) {

    /** A message without a correlation id (the extract function starts a new one). */
    public ExtractMessage(String articleId) {
        this(articleId, null);
    }
}
