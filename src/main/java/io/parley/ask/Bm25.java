package io.parley.ask;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Okapi BM25 relevance of a few short documents (the candidate statements) to a query's terms, with the
 * usual k1 = 1.2 and b = 0.75; document frequencies are counted over the candidates themselves.
 */
final class Bm25 {

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private final List<List<String>> docs;
    private final Map<String, Integer> documentFrequency = new HashMap<>();
    private final double averageLength;

    Bm25(List<List<String>> docs) {
        this.docs = docs;
        for (List<String> doc : docs) {
            new HashSet<>(doc).forEach(t -> documentFrequency.merge(t, 1, Integer::sum));
        }
        this.averageLength = docs.stream().mapToInt(List::size).average().orElse(1);
    }

    double score(int doc, Set<String> query) {
        List<String> terms = docs.get(doc);
        Map<String, Integer> tf = new HashMap<>();
        terms.forEach(t -> tf.merge(t, 1, Integer::sum));
        double score = 0;
        for (String q : query) {
            int f = tf.getOrDefault(q, 0);
            if (f > 0) {
                score += idf(q) * f * (K1 + 1) / (f + K1 * (1 - B + B * terms.size() / averageLength));
            }
        }
        return score;
    }

    private double idf(String term) {
        int n = documentFrequency.getOrDefault(term, 0);
        return Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
    }
}
