package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * HeadingSpeakers reads the speaker headings of a comments digest: a paragraph in capitals that names a person
 * ("GERMAN CHANCELLOR ANGELA MERKEL"), under which paragraphs of quotes follow with no cue of their own, topic
 * headings ("ON THE BUDGET:") between them. Each such quoted paragraph belongs to the person of the heading above
 * it (rule {@code heading-speaker}), until prose or the next person's heading.
 */
final class HeadingSpeakers {

    private static final int MAX_TOKENS = 11;
    private static final int MAX_NAME = 4;
    private static final Set<String> LINKS = Lexicon.lowerSet("name-links.txt");

    private final Lexicons lex;

    HeadingSpeakers(Lexicons lex) {
        this.lex = lex;
    }

    /** The heading speaker of each paragraph that opens with a quote under a speaker heading, by paragraph index. */
    Map<Integer, Attribution> owners(Doc doc, Speakers speakers) {
        Map<Integer, Attribution> out = new HashMap<>();
        Attribution current = null;
        for (Sentence s : doc.sentences()) {
            if (s.index() > 0 && doc.sentences().get(s.index() - 1).paragraph() == s.paragraph()) {
                continue;
            }
            Paragraph p = doc.paragraphs().get(s.paragraph());
            if (doc.isHeadline(s.index()) || !isCapitals(doc.text(), p.start(), p.end())) {
                current = opensWithQuote(doc.text(), p.start(), p.end()) ? current : null;
                if (current != null) {
                    out.put(p.index(), current);
                }
                continue;
            }
            Attribution named = heading(doc, s, speakers);
            current = named != null ? named : current;
        }
        return out;
    }

    /**
     * The person a capitals heading names, as an attribution; else null. The heading gives titles and demonyms
     * before the name ("GERMAN CHANCELLOR ANGELA MERKEL") or after it past a comma ("ANGELA MERKEL, GERMAN
     * CHANCELLOR"), and may end in a colon.
     */
    private Attribution heading(Doc doc, Sentence s, Speakers speakers) {
        List<Token> toks = withoutColon(doc.tokens(s.index()));
        if (toks.isEmpty() || toks.size() > MAX_TOKENS) {
            return null;
        }
        int comma = comma(toks);
        if (comma == toks.size()) {
            return null;
        }
        int from = comma < 0 ? titleEnd(toks, 0) : 0;
        int to = comma < 0 ? toks.size() : comma;
        boolean titled = comma < 0 ? from > 0 : comma > 0 && titleEnd(toks, comma + 1) == toks.size()
                && comma + 1 < toks.size();
        List<String> name = titled ? name(toks, from, to) : null;
        if (name == null) {
            return null;
        }
        boolean female = lex.femaleNames().contains(name.get(0));
        int id = speakers.person(String.join(" ", name), female);
        Cue cue = new Cue(s.index(), from, to, toks.get(from).start(), toks.get(to - 1).end(),
                doc.text().substring(toks.get(from).start(), toks.get(to - 1).end()), false);
        return new Attribution(s.index(), id, cue, cue.start(), "heading-speaker", null);
    }

    /** The tokens without a closing colon ("ANGELA MERKEL:"). */
    private static List<Token> withoutColon(List<Token> toks) {
        return !toks.isEmpty() && toks.get(toks.size() - 1).text().equals(":") ? toks.subList(0, toks.size() - 1)
                : toks;
    }

    /** The one comma of the heading, -1 if none, or the size when a token is neither a word nor that comma. */
    private static int comma(List<Token> toks) {
        int comma = -1;
        for (int k = 0; k < toks.size(); k++) {
            if (toks.get(k).text().equals(",") && comma < 0) {
                comma = k;
            } else if (!toks.get(k).isWord()) {
                return toks.size();
            }
        }
        return comma;
    }

    /** The end of the run of titles, demonyms and title links ("PRIME MINISTER OF ITALY") from {@code k}. */
    private int titleEnd(List<Token> toks, int k) {
        int j = k;
        while (j < toks.size() && toks.get(j).isWord() && (lex.isTitle(toks.get(j).text())
                || lex.country(proper(toks.get(j).text())) != null || j > k && LINKS.contains(toks.get(j).lower()))) {
            j++;
        }
        return j;
    }

    /** Two to four name words from {@code from} to {@code to} in proper case, or null. */
    private List<String> name(List<Token> toks, int from, int to) {
        if (to - from < 2 || to - from > MAX_NAME) {
            return null;
        }
        List<String> name = new ArrayList<>();
        for (int j = from; j < to; j++) {
            String w = proper(toks.get(j).text());
            boolean particle = j > from && j + 1 < to && lex.particles().contains(w.toLowerCase(Locale.ROOT));
            if (!toks.get(j).isWord() || !particle && (lex.stopwords().contains(w)
                    || lex.stopwords().contains(w.toLowerCase(Locale.ROOT)) || lex.isTitle(w) || lex.country(w) != null)) {
                return null;
            }
            name.add(particle ? w.toLowerCase(Locale.ROOT) : w);
        }
        return name;
    }

    /** A line with letters and no lower-case letter. */
    /** Whether {@code text[start, end)} has letters and no lower-case one (read in place, no copy). */
    static boolean isCapitals(String text, int start, int end) {
        boolean letters = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean opensWithQuote(String text, int start, int end) {
        return start < end && (CueFinder.isOpeningMark(text.substring(start, start + 1)) || text.charAt(start) == '‘');
    }

    /** "MERKEL" → "Merkel", "AL-THANI" → "Al-Thani". */
    static String proper(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        boolean start = true;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == '-';
        }
        return sb.toString();
    }
}
