package io.parley.extract;

import java.util.List;

/**
 * LocationFinder names the city of a meeting: a known city in its sentence, else the city the article last
 * placed someone in before it ("traveled to Moscow"), else the dateline city.
 */
final class LocationFinder {

    private final Lexicons lex;

    LocationFinder(Lexicons lex) {
        this.lex = lex;
    }

    String locate(Doc doc, int sentence, Dateline dateline) {
        String here = city(doc, sentence);
        if (here != null) {
            return here;
        }
        for (int s = sentence - 1; s >= 0; s--) {
            String c = doc.isHeadline(s) ? null : city(doc, s);
            if (c != null) {
                return c;
            }
        }
        return dateline.city();
    }

    /** The first known city named in a sentence (two-word names first), or null. */
    String city(Doc doc, int sentence) {
        List<Token> toks = doc.tokens(sentence);
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).isCapitalized()) {
                continue;
            }
            if (i + 1 < toks.size()) {
                String two = toks.get(i).text() + " " + toks.get(i + 1).text();
                if (lex.cities().contains(two)) {
                    return two;
                }
            }
            if (lex.cities().contains(toks.get(i).text())) {
                return toks.get(i).text();
            }
        }
        return null;
    }
}
