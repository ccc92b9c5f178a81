package io.parley.events;

import io.parley.model.Span;
import java.time.LocalDate;

/**
 * One report of an event: the article, the date and place it gives (either may be {@code null}) and its own
 * evidence sentence.
 */
public record EventSource(String articleId, String articleTitle, LocalDate published, LocalDate date,
                          String location, Span evidence) {
}
