package io.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CountryLists finds the countries a trigger lists after it ("visited A, B and C", "a tour that will take them to
 * A, B and C", "has called the leaders of A, B, the Netherlands and C"): a run of two or more country mentions
 * joined only by commas, "and" and "the", right after the trigger or after "to", "of" or "from" in its clause.
 */
final class CountryLists {

    private final Set<String> joiners;
    private final Set<String> introducers;

    CountryLists(MeetingWords.Grammar grammar) {
        this.joiners = grammar.listJoiners();
        this.introducers = grammar.listIntroducers();
    }

    /** The entity ids of the countries listed in {@code [triggerEnd, stop)}, in order; empty with fewer than two. */
    List<Integer> after(Doc doc, Coreference.Result coref, int sentence, int triggerEnd, int stop) {
        List<Token> toks = doc.tokens(sentence);
        List<Mention> countries = new ArrayList<>();
        for (Mention m : doc.mentions(sentence)) {
            if (m.kind() == Mention.Kind.COUNTRY && m.first() >= triggerEnd && m.first() < stop && coref.of(m) != null) {
                countries.add(m);
            }
        }
        for (int k = 0; k + 1 < countries.size(); k++) {
            List<Integer> run = introduced(toks, triggerEnd, countries.get(k).first())
                    ? run(toks, coref, countries.subList(k, countries.size())) : List.of();
            if (!run.isEmpty()) {
                return run;
            }
        }
        return List.of();
    }

    private List<Integer> run(List<Token> toks, Coreference.Result coref, List<Mention> countries) {
        List<Integer> out = new ArrayList<>(List.of(coref.of(countries.get(0)).id()));
        for (int j = 1; j < countries.size() && joined(toks, countries.get(j - 1).last(), countries.get(j).first()); j++) {
            int id = coref.of(countries.get(j)).id();
            if (!out.contains(id)) {
                out.add(id);
            }
        }
        return out.size() >= 2 ? List.copyOf(out) : List.of();
    }

    /** Whether only joiners stand in {@code [from, to)}, and at least one. */
    private boolean joined(List<Token> toks, int from, int to) {
        if (to <= from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!joiners.contains(toks.get(i).lower())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a list starting at token {@code first} follows the trigger directly or an introducing word. */
    private boolean introduced(List<Token> toks, int triggerEnd, int first) {
        int p = first - 1;
        if (p >= triggerEnd && toks.get(p).is("the")) {
            p--;
        }
        return p == triggerEnd - 1 || p >= triggerEnd && introducers.contains(toks.get(p).lower());
    }
}
