package io.parley.ask;

import io.parley.store.SearchTerms;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Okapi BM25 relevance of a few short documents (the candidate statements) to a query's terms, with the
 * usual k1 = 1.2 and b = 0.75; document frequencies are counted over the candidates themselves. A document is
 * its term counts and length, from its text ({@link Doc#of}) or from its postings.
 */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    /** A document as ranking sees it: how often each term occurs in it, and how many terms it has. */
    record Doc(Map<String, Integer> counts, int length) {

        static Doc of(List<String> terms) {
            return new Doc(SearchTerms.counts(terms), terms.size());
        }

        int count(String term) {
            return counts.getOrDefault(term, 0);
        }
    }

    private final List<Doc> docs;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    Bm25(List<Doc> docs) {
        this.docs = docs;
        for (Doc doc : docs) {
            doc.counts().forEach((t, n) -> {
                if (n > 0) {
                    documentFrequency.merge(t, 1, Integer::sum);
                }
            });
        }
        this.averageLength = docs.stream().mapToInt(Doc::length).average().orElse(1);
    }

    double score(int index, Set<String> query) {
        Doc doc = docs.get(index);
        double score = 0;
        for (String q : query) {
            int f = doc.count(q);
            if (f > 0) {
                score += idf(q) * f * (K1 + 1) / (f + K1 * (1 - B + B * doc.length() / averageLength));
            }
        }
        return score;
    }

    private double idf(String term) {
        int n = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
    }
}
