package io.parley.query;

import io.parley.model.Statement;
import io.parley.model.StatementEntry;
import io.parley.store.ParleyStore;
import io.parley.store.StatementFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Answers "who said what" questions: reads the speaker's (or the topic's, or all) statements in the date
 * range, keeps those that are about every word asked (a matching topic covers its own words; a country is
 * found by its name or demonym), ranks them by BM25 plus a topic bonus, then by recency.
 */
final class StatementAnswers {

    private static final int SHOWN = 10;
    private static final double TOPIC_BONUS = 1.5;

    private final ParleyStore store;
    private final QueryLexicon lexicon;

    StatementAnswers(ParleyStore store, QueryLexicon lexicon) {
        this.store = store;
        this.lexicon = lexicon;
    }

    Answer answer(String text, Question q) {
        List<StatementEntry> found = relevant(q, candidates(q));
        Bm25 bm25 = new Bm25(found.stream().map(e -> Terms.of(document(e.statement()))).toList());
        Set<String> query = new HashSet<>(q.words().stream().map(Terms::stem).toList());
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            StatementEntry e = found.get(i);
            double bonus = q.topic() != null && e.statement().topics().contains(q.topic()) ? TOPIC_BONUS : 0;
            ranked.add(new Scored(e, bm25.score(i, query) + bonus));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> String.valueOf(s.entry().published()), Comparator.reverseOrder()));
        List<Scored> top = ranked.subList(0, Math.min(SHOWN, ranked.size()));
        return new Answer(text, q, AnswerText.statements(q, top.stream().map(Scored::entry).toList(), ranked.size()),
                top.stream().map(s -> Results.of(s.entry(), s.score())).toList());
    }

    private record Scored(StatementEntry entry, double score) {
    }

    private List<StatementEntry> candidates(Question q) {
        if (q.speaker() == null && q.unknownNames().size() > 0) {
            return List.of();
        }
        boolean byTopic = q.speaker() == null && q.topic() != null && remainingWords(q).isEmpty();
        StatementFilter filter = new StatementFilter(q.speaker(), byTopic ? q.topic() : null, null, q.from(), q.to());
        return Candidates.read(page -> store.statements(filter, page));
    }

    private List<StatementEntry> relevant(Question q, List<StatementEntry> candidates) {
        List<String> required = remainingWords(q);
        return candidates.stream()
                .filter(e -> q.countries().isEmpty() || q.speaker() != null || q.countries().contains(e.statement().speaker().country()))
                .filter(e -> q.topic() == null || aboutTopic(e.statement(), q.topic()) || mentionsTopicWords(e, q))
                .filter(e -> mentionsAll(document(e.statement()), required))
                .toList();
    }

    /** Whether the statement uses the topic's own words though the extractor did not tag the topic. */
    private static boolean mentionsTopicWords(StatementEntry e, Question q) {
        Set<String> terms = new HashSet<>(Terms.of(document(e.statement())));
        return Terms.of(q.topic()).stream().allMatch(terms::contains);
    }

    /** The asked words that a matching topic does not already cover. */
    private static List<String> remainingWords(Question q) {
        Set<String> covered = new HashSet<>();
        if (q.topic() != null) {
            Terms.of(q.topic()).forEach(covered::add);
        }
        return q.words().stream().map(Terms::stem).filter(w -> !covered.contains(w)).distinct().toList();
    }

    private boolean mentionsAll(String document, List<String> required) {
        Set<String> terms = new HashSet<>(Terms.of(document));
        return required.stream().allMatch(w -> terms.contains(w) || countryMentioned(w, terms));
    }

    private boolean countryMentioned(String word, Set<String> terms) {
        String country = lexicon.country(word);
        return country != null && lexicon.wordsFor(country).stream().map(Terms::stem).anyMatch(terms::contains);
    }

    private static boolean aboutTopic(Statement s, String topic) {
        return s.topics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(topic.toLowerCase(Locale.ROOT)));
    }

    private static String document(Statement s) {
        return s.evidence().text() + " " + (s.quote() == null ? "" : s.quote()) + " " + String.join(" ", s.topics());
    }
}
