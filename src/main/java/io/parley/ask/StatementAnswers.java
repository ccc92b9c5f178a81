package io.parley.ask;

import io.parley.model.Statement;
import io.parley.model.StatementEntry;
import io.parley.store.ParleyStore;
import io.parley.store.SearchTerms;
import io.parley.store.StatementFilter;
import io.parley.store.TermFilter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Answers "who said what" questions: reads the speaker's (or the topic's) statements in the date range, or,
 * with no speaker but free words, the statements the free-word index finds for every word (a country by its
 * name or demonym), keeps those that are about every word asked (a matching topic covers its own words),
 * ranks them by BM25 plus a topic bonus, then by recency.
 */
final class StatementAnswers {

    private static final int SHOWN = 10;
    private static final double TOPIC_BONUS = 1.5;
    /** The most statements a free-word question ranks: the newest that have every word. */
    static final int WORD_MATCHES = 300;

    private final ParleyStore store;
    private final QueryLexicon lexicon;

    StatementAnswers(ParleyStore store, QueryLexicon lexicon) {
        this.store = store;
        this.lexicon = lexicon;
    }

    Answer answer(String text, Question q) {
        List<Candidate> found = relevant(q, candidates(q).stream().map(Candidate::of).toList());
        Bm25 bm25 = new Bm25(found.stream().map(Candidate::terms).toList());
        Set<String> query = new HashSet<>(q.words().stream().map(Terms::stem).toList());
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            double bonus = q.topic() != null && aboutTopic(c.entry().statement(), q.topic()) ? TOPIC_BONUS : 0;
            ranked.add(new Scored(c.entry(), bm25.score(i, query) + bonus));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> String.valueOf(s.entry().published()), Comparator.reverseOrder()));
        List<Scored> top = ranked.subList(0, Math.min(SHOWN, ranked.size()));
        return new Answer(text, q, AnswerText.statements(q, top.stream().map(Scored::entry).toList(), ranked.size()),
                top.stream().map(s -> Results.of(s.entry(), s.score())).toList());
    }

    private record Scored(StatementEntry entry, double score) {
    }

    /** A candidate statement with the search terms of its sentence, quote and topics, computed once. */
    private record Candidate(StatementEntry entry, List<String> terms, Set<String> termSet) {

        static Candidate of(StatementEntry entry) {
            List<String> terms = Terms.of(document(entry.statement()));
            return new Candidate(entry, terms, new HashSet<>(terms));
        }
    }

    private List<StatementEntry> candidates(Question q) {
        if (q.speaker() == null && q.unknownNames().size() > 0) {
            return List.of();
        }
        boolean byTopic = q.speaker() == null && q.topic() != null && remainingWords(q).isEmpty();
        Optional<TermFilter> byWords = q.speaker() == null && !byTopic ? termFilter(q) : Optional.empty();
        if (byWords.isPresent()) {
            return Candidates.read(page -> store.statementsWithTerms(byWords.get(), page), WORD_MATCHES);
        }
        StatementFilter filter = new StatementFilter(q.speaker() == null ? null : q.speaker().name(),
                byTopic ? q.topic() : null, null, q.from(), q.to(), q.speaker() == null ? null : q.speaker().id());
        return Candidates.read(page -> store.statements(filter, page));
    }

    /**
     * The postings a free-word question reads: one group per word it requires (a country word: any of its
     * country's names and demonyms), and the asked topic's own words; words the index leaves out are checked
     * on the statements read by the others. Empty when no word has postings.
     */
    private Optional<TermFilter> termFilter(Question q) {
        List<Set<String>> groups = new ArrayList<>();
        List<String> words = new ArrayList<>(remainingWords(q));
        if (q.topic() != null) {
            words.addAll(Terms.of(q.topic()));
        }
        for (String w : words.stream().distinct().toList()) {
            Set<String> group = new TreeSet<>(Set.of(w));
            String country = lexicon.country(w);
            if (country != null) {
                lexicon.wordsFor(country).stream().map(Terms::stem)
                        .filter(stem -> Terms.of(stem).equals(List.of(stem))).forEach(group::add);
            }
            if (group.stream().allMatch(SearchTerms::indexed)) {
                groups.add(group);
            }
        }
        return groups.isEmpty() ? Optional.empty() : Optional.of(new TermFilter(groups, q.from(), q.to()));
    }

    private List<Candidate> relevant(Question q, List<Candidate> candidates) {
        List<String> required = remainingWords(q);
        List<String> topicWords = q.topic() == null ? List.of() : Terms.of(q.topic());
        return candidates.stream()
                .filter(c -> q.countries().isEmpty() || q.speaker() != null
                        || ofAskedCountry(q, c.entry().statement().speaker().country()))
                .filter(c -> q.topic() == null || aboutTopic(c.entry().statement(), q.topic())
                        || c.termSet().containsAll(topicWords))
                .filter(c -> mentionsAll(c.termSet(), required))
                .toList();
    }

    /** Whether a speaker's country (possibly unknown) is one the question asks about. */
    private static boolean ofAskedCountry(Question q, String country) {
        return country != null && q.countries().contains(country);
    }

    /** The asked words that a matching topic does not already cover. */
    private static List<String> remainingWords(Question q) {
        Set<String> covered = new HashSet<>();
        if (q.topic() != null) {
            Terms.of(q.topic()).forEach(covered::add);
        }
        return q.words().stream().map(Terms::stem).filter(w -> !covered.contains(w)).distinct().toList();
    }

    /** Whether every required word, or for a country its name or demonym, is among the terms. */
    private boolean mentionsAll(Set<String> terms, List<String> required) {
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
