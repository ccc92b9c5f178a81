package io.parley.actors;

import io.parley.model.TitleSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A profile's titles over time. Each title (compared by {@link NameForm#key}) keeps the earliest and latest
 * publication dates of the articles giving it, so the history is the same whatever order the articles arrive in;
 * the current title is the one seen last.
 */
final class TitleHistory {

    private static final Comparator<LocalDate> DATES = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<TitleSpan> BY_FIRST_SIGHT = Comparator.comparing(TitleSpan::firstSeen, DATES)
            .thenComparing(s -> NameForm.key(s.title()));

    private TitleHistory() {
    }

    /** The history with the title seen on this date ({@code null}: undated) added or its dates widened. */
    static List<TitleSpan> add(List<TitleSpan> history, String title, LocalDate seen) {
        if (title == null || title.isBlank()) {
            return history;
        }
        List<TitleSpan> out = new ArrayList<>();
        boolean found = false;
        for (TitleSpan span : history) {
            if (NameForm.key(span.title()).equals(NameForm.key(title))) {
                out.add(widened(span, seen));
                found = true;
            } else {
                out.add(span);
            }
        }
        if (!found) {
            out.add(new TitleSpan(title, seen, seen));
        }
        out.sort(BY_FIRST_SIGHT);
        return List.copyOf(out);
    }

    /** The title seen last (ties: the one first seen later, then by key); {@code null} for no titles. */
    static String current(List<TitleSpan> history) {
        return history.stream()
                .max(Comparator.comparing(TitleSpan::lastSeen, DATES).thenComparing(BY_FIRST_SIGHT))
                .map(TitleSpan::title).orElse(null);
    }

    private static TitleSpan widened(TitleSpan span, LocalDate seen) {
        if (seen == null) {
            return span;
        }
        LocalDate first = span.firstSeen() == null || seen.isBefore(span.firstSeen()) ? seen : span.firstSeen();
        LocalDate last = span.lastSeen() == null || seen.isAfter(span.lastSeen()) ? seen : span.lastSeen();
        return Objects.equals(first, span.firstSeen()) && Objects.equals(last, span.lastSeen())
                ? span : new TitleSpan(span.title(), first, last);
    }
}
