package io.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokenizer cuts a stretch of text into words and punctuation, keeping offsets. Hyphens and apostrophes
 * inside a word stay in it ("Mohammad-Reza", "don't"), a possessive "'s" is its own token, and initials,
 * dotted acronyms and known abbreviations keep their full stop ("S.", "U.S.", "Mr.").
 */
final class Tokenizer {

    private static final Set<String> DOTTED = Set.of("mr", "mrs", "ms", "dr", "gen", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "st", "lt", "col", "sen", "rep", "gov",
            "prof", "jr", "sr", "messrs", "brig", "maj", "capt", "adm", "vs", "h.e");

    /** Lower-casing never shortens a word, so a word longer than this is no abbreviation. */
    private static final int LONGEST_DOTTED = DOTTED.stream().mapToInt(String::length).max().orElse(0);

    /** One shared string per ASCII punctuation mark, so that a comma costs no allocation. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c).intern();
        }
    }

    private Tokenizer() {
    }

    static List<Token> tokenize(String text, int start, int end) {
        List<Token> out = new ArrayList<>((end - start) / 5 + 4);
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i = word(text, i, end, out);
            } else {
                if (!Paragraphs.isBlank(c)) {
                    out.add(mark(i, c));
                }
                i++;
            }
        }
        return out;
    }

    /** A punctuation mark; an ASCII one is its own lower-case form, neither word nor capital, and costs no copy. */
    private static Token mark(int i, char c) {
        if (c < ASCII.length) {
            return new Token(i, i + 1, ASCII[c], ASCII[c], false, false);
        }
        return new Token(i, i + 1, String.valueOf(c));
    }

    private static int word(String text, int start, int end, List<Token> out) {
        int i = start + 1;
        while (i < end) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isJoiner(c) && i + 1 < end && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !isPossessive(text, i, end)) {
                i += 2;
            } else {
                break;
            }
        }
        i = withDot(text, start, i, end);
        out.add(new Token(start, i, text.substring(start, i)));
        if (i < end && isPossessive(text, i, end)) {
            out.add(new Token(i, i + 2, text.substring(i, i + 2)));
            return i + 2;
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '\'' || c == '’' || c == '.' || c == '‑' || c == '&';
    }

    private static boolean isPossessive(String text, int i, int end) {
        char c = text.charAt(i);
        return (c == '\'' || c == '’') && i + 1 < end && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 >= end || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    private static int withDot(String text, int start, int i, int end) {
        if (i >= end || text.charAt(i) != '.') {
            return i;
        }
        int length = i - start;
        boolean initial = length == 1 && Character.isUpperCase(text.charAt(start));
        boolean acronym = length > 2 && text.charAt(start + 1) == '.';
        return initial || acronym || isDotted(text, start, i) ? i + 1 : i;
    }

    /** Whether {@code [start, end)} is a known abbreviation; a longer word is none and needs no lower-case copy. */
    private static boolean isDotted(String text, int start, int end) {
        return end - start <= LONGEST_DOTTED && DOTTED.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
