package io.parley.store;

import java.util.Map;
import java.util.Set;

/**
 * A statement the free-word index finds, as its postings describe it ({@link ParleyStore#termHits}): its fact
 * key, how often each term of the filter that found it occurs among its ranking terms ({@link SearchTerms#ranking};
 * 0 when only its reported content has it), how many ranking terms it has, and its speaker's country
 * ({@code null} when unknown), and those of its topics that have one of the filter's terms among their own terms.
 * {@code length} is -1 (and the counts empty) when one of its postings was written
 * before postings held ranking data: only its document can rank it then.
 */
public record TermHit(String fact, Map<String, Integer> counts, int length, String country, Set<String> topics) {

    /** The date of an undated article's facts, which sorts below every real date. */
    public static final String UNDATED = Keys.UNDATED;

    public TermHit {
        counts = Map.copyOf(counts);
        topics = Set.copyOf(topics);
    }

    /** Whether it has this topic (in any case), as far as the postings of the topic's own terms tell. */
    public boolean hasTopic(String topic) {
        return topics.stream().anyMatch(t -> t.equalsIgnoreCase(topic));
    }

    /** Whether its postings hold what ranking needs. */
    public boolean ranked() {
        return length >= 0;
    }

    /** How often the term occurs among its ranking terms (0 when not, or not known). */
    public int count(String term) {
        return counts.getOrDefault(term, 0);
    }

    /** The date its fact key files it under ({@code yyyy-mm-dd}; {@link #UNDATED} when the article is undated). */
    public String date() {
        return Keys.dateOfFact(fact);
    }
}
