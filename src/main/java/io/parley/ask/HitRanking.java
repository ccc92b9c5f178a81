package io.parley.ask;

import io.parley.store.TermHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Ranks the statements a free-word question finds from their postings alone ({@link TermHit}), as
 * {@link StatementAnswers} ranks their documents: keeps those whose ranking terms have a term of every group (the
 * postings also find a statement by its reported content, which ranking does not count; a topic's words are
 * groups too, and a statement with the topic has them among its ranking terms) and, when the question names
 * countries, whose speaker is of one of them; scores them by {@link Bm25} over those kept, plus
 * {@link #TOPIC_BONUS} for a statement with the asked topic; orders them by score, then newest first, then as found.
 */
final class HitRanking {

    /** What a statement with the asked topic adds to its score. */
    static final double TOPIC_BONUS = 1.5;

    /** A statement found and its score. */
    record Scored(TermHit hit, double score) {
    }

    private HitRanking() {
    }

    /** @param topic the asked topic, or {@code null} */
    static List<Scored> rank(List<TermHit> hits, List<Set<String>> groups, Set<String> countries, Set<String> query,
                             String topic) {
        List<TermHit> found = hits.stream()
                .filter(h -> countries.isEmpty() || h.country() != null && countries.contains(h.country()))
                .filter(h -> groups.stream().allMatch(g -> g.stream().anyMatch(t -> h.count(t) > 0)))
                .toList();
        Bm25 bm25 = new Bm25(found.stream().map(h -> new Bm25.Doc(h.counts(), h.length())).toList());
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            double bonus = topic != null && found.get(i).hasTopic(topic) ? TOPIC_BONUS : 0;
            ranked.add(new Scored(found.get(i), bm25.score(i, query) + bonus));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.hit().date(), Comparator.reverseOrder()));
        return ranked;
    }
}
