package io.parley.store;

import io.parley.model.Statement;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the free-word index holds of one statement: the indexed terms it is found by ({@link SearchTerms#postings}
 * of its sentence, quote, reported content and topics), and what a question needs to rank it without reading it:
 * how often each term occurs among its ranking terms ({@link SearchTerms#ranking}), how many ranking terms it
 * has, its speaker's country ({@code null} when unknown) and its topics, each with its own search terms (computed
 * once, since every posting of the statement asks which topics hold its term).
 */
record StatementTerms(Set<String> indexed, Map<String, Integer> counts, int length, String country,
                      Map<String, Set<String>> topicTerms) {

    StatementTerms {
        indexed = Collections.unmodifiableSet(new LinkedHashSet<>(indexed));
        counts = Map.copyOf(counts);
        topicTerms = Collections.unmodifiableMap(new LinkedHashMap<>(topicTerms));
    }

    static StatementTerms of(Statement s, String searchText) {
        List<String> ranking = SearchTerms.ranking(s);
        return of(SearchTerms.postings(searchText), SearchTerms.counts(ranking), ranking.size(), s.speaker().country(),
                s.topics());
    }

    /** The terms of a statement whose topics, in order, are {@code topics}. */
    static StatementTerms of(Set<String> indexed, Map<String, Integer> counts, int length, String country,
                             List<String> topics) {
        Map<String, Set<String>> topicTerms = new LinkedHashMap<>();
        topics.forEach(t -> topicTerms.put(t, Set.copyOf(SearchTerms.of(t))));
        return new StatementTerms(indexed, counts, length, country, topicTerms);
    }

    /** Its topics that have the term among their own terms ("war and conflict" for "conflict"). */
    List<String> topicsWith(String term) {
        return topicTerms.entrySet().stream().filter(e -> e.getValue().contains(term)).map(Map.Entry::getKey).toList();
    }

    /** How often a term occurs among the ranking terms (0 when the statement is found by it only through its content). */
    int count(String term) {
        return counts.getOrDefault(term, 0);
    }
}
