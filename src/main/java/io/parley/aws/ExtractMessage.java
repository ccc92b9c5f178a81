package io.parley.aws;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The body of a message on the extract queue: {@code {"articleId":"…"}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExtractMessage(String articleId) {
}
