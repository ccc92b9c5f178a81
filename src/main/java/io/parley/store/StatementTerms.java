package io.parley.store;

import io.parley.model.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the free-word index holds of one statement: the indexed terms it is found by ({@link SearchTerms#postings}
 * of its sentence, quote, reported content and topics), and what a question needs to rank it without reading it:
 * how often each term occurs among its ranking terms ({@link SearchTerms#ranking}), how many ranking terms it
 * has, its speaker's country ({@code null} when unknown) and its topics.
 */
record StatementTerms(Set<String> indexed, Map<String, Integer> counts, int length, String country, List<String> topics) {

    StatementTerms {
        indexed = Collections.unmodifiableSet(new LinkedHashSet<>(indexed));
        counts = Map.copyOf(counts);
        topics = List.copyOf(topics);
    }

    static StatementTerms of(Statement s, String searchText) {
        List<String> ranking = SearchTerms.ranking(s);
        return new StatementTerms(SearchTerms.postings(searchText), SearchTerms.counts(ranking), ranking.size(),
                s.speaker().country(), s.topics());
    }

    /** Its topics that have the term among their own terms ("war and conflict" for "conflict"). */
    List<String> topicsWith(String term) {
        return topics.stream().filter(t -> SearchTerms.of(t).contains(term)).toList();
    }

    /** How often a term occurs among the ranking terms (0 when the statement is found by it only through its content). */
    int count(String term) {
        return counts.getOrDefault(term, 0);
    }
}
