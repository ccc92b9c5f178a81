package io.parley.store;

import java.time.LocalDate;

/**
 * Which statements to list; every field may be {@code null}. {@code words} must all occur in the content
 * or quote (case-insensitive). Dates are inclusive and refer to the article's publication date. A
 * {@code speakerId} (an actor already resolved) is used as it is instead of looking {@code speaker} up.
 */
public record StatementFilter(String speaker, String topic, String words, LocalDate from, LocalDate to, String speakerId) {

    /** A filter whose speaker, if any, is a name to look up. */
    public StatementFilter(String speaker, String topic, String words, LocalDate from, LocalDate to) {
        this(speaker, topic, words, from, to, null);
    }

    public static StatementFilter any() {
        return new StatementFilter(null, null, null, null, null);
    }
}
