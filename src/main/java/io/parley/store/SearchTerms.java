package io.parley.store;

import io.parley.actors.NameForm;
import io.parley.lexicon.Lexicon;
import io.parley.model.Statement;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * SearchTerms turns text into the terms of the free-word index: lower-case, accent-free words with a light
 * English stemming. Question ranking and the {@code TERM#} postings use the same terms, so a posting is found
 * by the term a question asks for. The words of {@code lexicon/index-stopwords.txt} (frequent words and closed-class
 * words: pronouns, determiners, prepositions, conjunctions, modals) and terms of one character (the {@code s} of
 * "Iran's", the {@code u} and {@code s} of "U.S.", "I") get no posting: a filter asking for one checks it on the
 * statements its other words find, and a filter of such words alone reads the newest statements.
 */
public final class SearchTerms {

    private static final Set<String> UNINDEXED = Lexicon.lowerSet("index-stopwords.txt");
    private static final String[] SUFFIXES = {"ies", "ing", "ed", "es", "s"};

    private SearchTerms() {
    }

    /** The terms of a text, in order, repeats kept. */
    public static List<String> of(String text) {
        return NameForm.words(text).stream().map(SearchTerms::stem).toList();
    }

    /** "sanctions" → "sanction", "programme" → "program", "talks" → "talk", "warned" → "warn". */
    public static String stem(String word) {
        String w = word.endsWith("mme") ? word.substring(0, word.length() - 2) : word;
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return suffix.equals("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }

    /** Whether a term has postings (it is not one of the index's stop words). */
    public static boolean indexed(String term) {
        return term.length() > 1 && !UNINDEXED.contains(term);
    }

    /**
     * The terms a statement is ranked by, in order, repeats kept: those of its sentence, quote and topics (its
     * reported content is part of its sentence).
     */
    public static List<String> ranking(Statement s) {
        return of(s.evidence().text() + " " + (s.quote() == null ? "" : s.quote()) + " " + String.join(" ", s.topics()));
    }

    /** How often each term occurs among these. */
    public static Map<String, Integer> counts(List<String> terms) {
        Map<String, Integer> counts = new HashMap<>();
        terms.forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    /** The distinct indexed terms of a text, in order of first use: the postings one fact gets. */
    static Set<String> postings(String text) {
        Set<String> terms = new LinkedHashSet<>(of(text));
        terms.removeIf(t -> !indexed(t));
        return terms;
    }
}
