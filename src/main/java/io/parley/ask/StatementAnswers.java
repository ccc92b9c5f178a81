package io.parley.ask;

import io.parley.model.Statement;
import io.parley.model.StatementEntry;
import io.parley.store.ParleyStore;
import io.parley.store.SearchTerms;
import io.parley.store.StatementFilter;
import io.parley.store.TermFilter;
import io.parley.store.TermHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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
    /** The most statements a free-word question ranks: the newest that have every word. */
    static final int WORD_MATCHES = 300;

    private final ParleyStore store;
    private final QueryLexicon lexicon;

    StatementAnswers(ParleyStore store, QueryLexicon lexicon) {
        this.store = store;
        this.lexicon = lexicon;
    }

    Answer answer(String text, Question q) {
        Set<String> query = new HashSet<>(q.words().stream().map(Terms::stem).filter(SearchTerms::indexed).toList());
        Ranking ranking = fromPostings(q, query).orElseGet(() -> fromDocuments(q, query, candidates(q)));
        return new Answer(text, q, AnswerText.statements(q, ranking.top().stream().map(Scored::entry).toList(), ranking.found()),
                ranking.top().stream().map(s -> Results.of(s.entry(), s.score())).toList());
    }

    private record Scored(StatementEntry entry, double score) {
    }

    /** The statements shown, best first, and how many were found. */
    private record Ranking(List<Scored> top, int found) {
    }

    /** A candidate statement with its ranking terms, computed once. */
    private record Candidate(StatementEntry entry, List<String> terms, Set<String> termSet) {

        static Candidate of(StatementEntry entry) {
            List<String> terms = SearchTerms.ranking(entry.statement());
            return new Candidate(entry, terms, new HashSet<>(terms));
        }
    }

    /** Keeps the relevant candidates and ranks them all by their documents. */
    private Ranking fromDocuments(Question q, Set<String> query, List<StatementEntry> candidates) {
        List<Candidate> found = relevant(q, candidates.stream().map(Candidate::of).toList());
        Bm25 bm25 = new Bm25(found.stream().map(c -> Bm25.Doc.of(c.terms())).toList());
        List<Scored> ranked = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Candidate c = found.get(i);
            double bonus = q.topic() != null && aboutTopic(c.entry().statement(), q.topic()) ? HitRanking.TOPIC_BONUS : 0;
            ranked.add(new Scored(c.entry(), bm25.score(i, query) + bonus));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> dateOf(s.entry()), Comparator.reverseOrder()));
        return new Ranking(ranked.subList(0, Math.min(SHOWN, ranked.size())), ranked.size());
    }

    /**
     * A free-word question whose every word has postings (and whose topic, if any, has a word with postings) is
     * ranked from the postings ({@link HitRanking}, the same scores as {@link #fromDocuments}): only the statements
     * shown are read. So is a question about a topic alone ("What was said about human rights?"): the postings of
     * the topic's words, kept to the statements with that topic, instead of reading the topic's newest thousands. When postings written before the ranking data are among those found, the documents of all
     * of them are read and ranked instead. Empty when the question is of another kind.
     */
    private Optional<Ranking> fromPostings(Question q, Set<String> query) {
        List<String> words = remainingWords(q);
        boolean topicOnly = words.isEmpty() && q.topic() != null;
        if (q.speaker() != null || !q.unknownNames().isEmpty() || words.isEmpty() && !topicOnly
                || groups(words).size() < words.size() || q.topic() != null && topicWords(q.topic()).isEmpty()) {
            return Optional.empty();
        }
        TermFilter filter = termFilter(q).orElseThrow();
        List<TermHit> hits = Candidates.read(page -> store.termHits(filter, page), WORD_MATCHES);
        if (!hits.stream().allMatch(TermHit::ranked)) {
            Map<String, StatementEntry> docs = store.statementsByKey(hits.stream().map(TermHit::fact).toList());
            return Optional.of(fromDocuments(q, query, hits.stream().map(h -> docs.get(h.fact())).filter(Objects::nonNull)
                    .filter(e -> !topicOnly || aboutTopic(e.statement(), q.topic())).toList()));
        }
        List<TermHit> kept = topicOnly ? hits.stream().filter(h -> h.hasTopic(q.topic())).toList() : hits;
        List<HitRanking.Scored> ranked = HitRanking.rank(kept, filter.groups(), Set.copyOf(q.countries()), query, q.topic());
        return Optional.of(new Ranking(read(ranked), ranked.size()));
    }

    /** The documents of the best ranked facts, in order, until {@link #SHOWN} are current (a few may be stale). */
    private List<Scored> read(List<HitRanking.Scored> ranked) {
        List<Scored> shown = new ArrayList<>();
        for (int i = 0; i < ranked.size() && shown.size() < SHOWN; i += 2 * SHOWN) {
            List<HitRanking.Scored> batch = ranked.subList(i, Math.min(ranked.size(), i + 2 * SHOWN));
            Map<String, StatementEntry> docs = store.statementsByKey(batch.stream().map(h -> h.hit().fact()).toList());
            batch.stream().filter(h -> docs.containsKey(h.hit().fact())).limit(SHOWN - shown.size())
                    .forEach(h -> shown.add(new Scored(docs.get(h.hit().fact()), h.score())));
        }
        return shown;
    }

    /** The date a statement sorts by among equal scores: its article's, undated ones last. */
    private static String dateOf(StatementEntry entry) {
        return entry.published() == null ? TermHit.UNDATED : entry.published().toString();
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
        List<String> words = new ArrayList<>(remainingWords(q));
        if (q.topic() != null) {
            words.addAll(Terms.of(q.topic()));
        }
        List<Set<String>> groups = groups(words);
        return groups.isEmpty() ? Optional.empty() : Optional.of(new TermFilter(groups, q.from(), q.to()));
    }

    /** The posting groups of these words, in order: each word's, when all of its terms are indexed. */
    private List<Set<String>> groups(List<String> words) {
        List<Set<String>> groups = new ArrayList<>();
        for (String w : words.stream().distinct().toList()) {
            Set<String> group = new TreeSet<>(Set.of(w));
            String country = lexicon.country(w);
            if (country != null) {
                group.addAll(lexicon.termsFor(country));
            }
            if (group.stream().allMatch(SearchTerms::indexed)) {
                groups.add(group);
            }
        }
        return groups;
    }

    private List<Candidate> relevant(Question q, List<Candidate> candidates) {
        List<String> required = remainingWords(q);
        List<String> topicWords = q.topic() == null ? List.of() : topicWords(q.topic());
        return candidates.stream()
                .filter(c -> q.countries().isEmpty() || q.speaker() != null
                        || ofAskedCountry(q, c.entry().statement().speaker().country()))
                .filter(c -> q.topic() == null || aboutTopic(c.entry().statement(), q.topic())
                        || c.termSet().containsAll(topicWords))
                .filter(c -> mentionsAll(c.termSet(), required))
                .toList();
    }

    /** The topic's words that have postings ("war" and "conflict" of "war and conflict"). */
    private static List<String> topicWords(String topic) {
        return Terms.of(topic).stream().filter(SearchTerms::indexed).toList();
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
        return country != null && lexicon.termsFor(country).stream().anyMatch(terms::contains);
    }

    private static boolean aboutTopic(Statement s, String topic) {
        return s.topics().stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(topic.toLowerCase(Locale.ROOT)));
    }
}
