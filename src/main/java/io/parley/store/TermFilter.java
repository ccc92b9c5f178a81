package io.parley.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Which statements to read from the free-word index: those whose text has, for every group, at least one of
 * the group's search terms ({@link SearchTerms}: stemmed, each {@link SearchTerms#indexed indexed}), published
 * between {@code from} and {@code to} (inclusive, either may be {@code null}). A group of several terms is an
 * "or" (a country's name or demonym), the groups an "and".
 */
public record TermFilter(List<Set<String>> groups, LocalDate from, LocalDate to) {

    public TermFilter {
        groups = groups.stream().map(Set::copyOf).toList();
        if (groups.isEmpty() || groups.stream().anyMatch(g -> g.isEmpty() || !g.stream().allMatch(SearchTerms::indexed))) {
            throw new IllegalArgumentException("every group needs one or more indexed search terms: " + groups);
        }
    }
}
