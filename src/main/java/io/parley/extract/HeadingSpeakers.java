package io.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HeadingSpeakers reads the speaker headings of a comments digest: a paragraph in capitals that names a person
 * ("GERMAN CHANCELLOR ANGELA MERKEL"), under which paragraphs of quotes follow with no cue of their own, topic
 * headings ("ON THE BUDGET:") between them. Each such quoted paragraph belongs to the person of the heading above
 * it (rule {@code heading-speaker}), until prose or the next person's heading.
 */
final class HeadingSpeakers {

    private static final int MAX_WORDS = 8;

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
            String text = doc.text().substring(p.start(), p.end());
            if (doc.isHeadline(s.index()) || !isCapitals(text)) {
                current = opensWithQuote(text) ? current : null;
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

    /** The person a capitals heading names after its titles and demonyms, as an attribution; else null. */
    private Attribution heading(Doc doc, Sentence s, Speakers speakers) {
        List<Token> toks = doc.tokens(s.index());
        if (toks.isEmpty() || toks.size() > MAX_WORDS || !toks.stream().allMatch(Token::isWord)) {
            return null;
        }
        int k = 0;
        while (k < toks.size() && (lex.isTitle(toks.get(k).text()) || lex.country(proper(toks.get(k).text())) != null)) {
            k++;
        }
        List<String> name = new ArrayList<>();
        for (int j = k; j < toks.size(); j++) {
            String w = proper(toks.get(j).text());
            if (lex.stopwords().contains(w) || lex.stopwords().contains(w.toLowerCase(Locale.ROOT))
                    || lex.isTitle(w) || lex.country(w) != null) {
                return null;
            }
            name.add(w);
        }
        if (k == 0 || name.size() < 2 || name.size() > 3) {
            return null;
        }
        boolean female = lex.femaleNames().contains(name.get(0));
        int id = speakers.person(String.join(" ", name), female);
        Cue cue = new Cue(s.index(), k, toks.size(), toks.get(k).start(), toks.get(toks.size() - 1).end(),
                doc.text().substring(toks.get(k).start(), toks.get(toks.size() - 1).end()), false);
        return new Attribution(s.index(), id, cue, cue.start(), "heading-speaker", null);
    }

    /** A line with letters and no lower-case letter. */
    static boolean isCapitals(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static boolean opensWithQuote(String text) {
        return !text.isEmpty() && CueFinder.isOpeningMark(text.substring(0, 1)) || text.startsWith("‘");
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
