package io.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * LocationFinder names the city of a meeting: a known city its sentence places something in ("in Moscow",
 * "to Algiers"), else the city an earlier sentence had someone travel to ("travelled to Moscow"), else the
 * dateline city.
 */
final class LocationFinder {

    private static final Set<String> PLACING = Set.of("in", "to", "at", "visited", "visiting", "visit", "visits",
            "toured");
    private static final Set<String> TRAVEL = Set.of("travelled", "traveled", "arrived", "arrives", "arriving",
            "flew", "landed", "visit", "visiting", "visited", "visits", "trip", "went", "came", "reached", "travels");

    private final Lexicons lex;

    LocationFinder(Lexicons lex) {
        this.lex = lex;
    }

    String locate(Doc doc, int sentence, Dateline dateline) {
        String here = city(doc, sentence, false);
        if (here != null) {
            return here;
        }
        for (int s = sentence - 1; s >= 0; s--) {
            String c = doc.isHeadline(s) ? null : city(doc, s, true);
            if (c != null) {
                return c;
            }
        }
        return dateline.city();
    }

    /** The first known city a sentence places something in ("in", "to", "at"), or null; optionally only after travel. */
    String city(Doc doc, int sentence, boolean travelOnly) {
        List<Token> toks = doc.tokens(sentence);
        if (travelOnly && toks.stream().noneMatch(t -> TRAVEL.contains(t.lower())
                || lex.meetingTriggers().containsKey(t.lower()))) {
            return null;
        }
        for (int i = 1; i < toks.size(); i++) {
            if (!toks.get(i).isCapitalized() || !PLACING.contains(toks.get(i - 1).lower())) {
                continue;
            }
            String found = cityAt(toks, i);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String cityAt(List<Token> toks, int i) {
        if (i + 1 < toks.size()) {
            String two = toks.get(i).text() + " " + toks.get(i + 1).text();
            if (lex.cities().contains(two)) {
                return two;
            }
        }
        boolean possessive = i + 1 < toks.size() && NamePhrase.isPossessive(toks.get(i + 1));
        return !possessive && lex.cities().contains(toks.get(i).text()) ? toks.get(i).text() : null;
    }
}
