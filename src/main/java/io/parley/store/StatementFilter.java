package io.parley.store;

import java.time.LocalDate;

/**
 * Which statements to list; every field may be {@code null}. {@code words} must all occur in the content
 * or quote (case-insensitive). Dates are inclusive and refer to the article's publication date.
 */
public record StatementFilter(String speaker, String topic, String words, LocalDate from, LocalDate to) {

    public static StatementFilter any() {
        return new StatementFilter(null, null, null, null, null);
    }
}
