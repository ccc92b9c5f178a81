package io.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * LocationFinder names the city of a meeting: a known city (of the lexicon or the gazetteer) its sentence places
 * something in ("in Moscow", "to Algiers"), else the city an earlier sentence had someone travel to ("travelled
 * to Moscow"), else the dateline city.
 */
final class LocationFinder {

    private static final Set<String> PLACING = Set.of("in", "to", "at", "visited", "visiting", "visit", "visits",
            "toured");
    private static final Set<String> TRAVEL = Set.of("travelled", "traveled", "arrived", "arrives", "arriving",
            "flew", "landed", "visit", "visiting", "visited", "visits", "trip", "went", "came", "reached", "travels");

    private static final int LARGE_CITY = 100_000;

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
        for (int len = 3; len >= 2; len--) {
            if (i + len <= toks.size() && toks.get(i + len - 1).isCapitalized()) {
                String name = words(toks, i, len);
                if (isCity(name, toks.get(i - 1).lower())) {
                    return name;
                }
            }
        }
        boolean possessive = i + 1 < toks.size() && NamePhrase.isPossessive(toks.get(i + 1));
        return !possessive && isCity(toks.get(i).text(), toks.get(i - 1).lower()) ? toks.get(i).text() : null;
    }

    private static String words(List<Token> toks, int i, int len) {
        StringBuilder sb = new StringBuilder(toks.get(i).text());
        for (int k = i + 1; k < i + len; k++) {
            sb.append(' ').append(toks.get(k).text());
        }
        return sb.toString();
    }

    /**
     * A city of the lexicon, or a large gazetteer place (a capital or {@value #LARGE_CITY}+ people) that is not also
     * a country, title, body or common word; after "at" only the lexicon counts ("at Bellevue" is a palace).
     */
    private boolean isCity(String name, String before) {
        if (lex.cities().contains(name)) {
            return true;
        }
        Gazetteer.Place p = before.equals("at") ? null : lex.gazetteer().place(name);
        return p != null && (p.capital() || p.population() >= LARGE_CITY) && lex.country(name) == null
                && !lex.stopwords().contains(name) && !lex.isTitle(name) && !lex.institutions().contains(name)
                && !lex.organizations().contains(name);
    }
}
