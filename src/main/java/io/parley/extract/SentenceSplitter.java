package io.parley.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * SentenceSplitter finds sentence boundaries inside each paragraph. A boundary is a full stop, question or
 * exclamation mark, with any closing quotes or brackets after it, followed by space and a capital, digit or
 * opening quote; abbreviations ("Mr.", "Jan.", "No.") and initials ("S.") do not end a sentence, dotted
 * acronyms ("U.S.") only before a word that usually starts one.
 */
final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "gen", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "st", "vs", "lt", "col", "sen",
            "rep", "gov", "prof", "jr", "sr", "inc", "co", "corp", "ltd", "mt", "ft", "rev", "hon", "sgt", "capt",
            "cmdr", "adm", "maj", "messrs", "e.g", "i.e", "etc", "approx", "dept", "est", "fig", "vol", "pp",
            "brig", "gens", "reps", "sens", "govt", "op", "art", "nos");
    private static final Set<String> STARTERS = Set.of("The", "He", "She", "It", "They", "We", "I", "But", "And",
            "This", "That", "In", "On", "A", "An", "His", "Her", "Their", "There", "However", "Meanwhile", "After");
    static final int MAX_SENTENCE = 4000;
    /** "...?” Bush said." : a name and a speech verb right after a quoted question do not start a sentence. */
    private static final Pattern NAME_SAID = Pattern.compile(
            "(?:[A-Z][\\p{L}.'’-]{0,30} ){1,3}(?:said|says|asked|added|told|wrote|replied|continued|insisted)\\b");

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text, List<Paragraph> paragraphs) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            splitParagraph(text, p, out);
        }
        return out;
    }

    private static void splitParagraph(String text, Paragraph p, List<Sentence> out) {
        int start = p.start();
        for (int i = p.start(); i < p.end(); i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = boundaryEnd(text, i, p.end());
                if (end > 0) {
                    addSentence(text, start, end, p, out);
                    start = skipBlank(text, end, p.end());
                    i = start - 1;
                }
            } else if (i - start >= MAX_SENTENCE && Character.isWhitespace(c)) {
                addSentence(text, start, i, p, out);
                start = skipBlank(text, i, p.end());
            }
        }
        addSentence(text, start, p.end(), p, out);
    }

    /** Where the sentence that the mark at {@code dot} ends stops, or -1 when it is no boundary. */
    private static int boundaryEnd(String text, int dot, int limit) {
        int j = dot + 1;
        while (j < limit && isCloser(text.charAt(j))) {
            j++;
        }
        if (j >= limit || !Character.isWhitespace(text.charAt(j))) {
            return -1;
        }
        int next = skipBlank(text, j, limit);
        if (next >= limit || !startsSentence(text.charAt(next))) {
            return -1;
        }
        if (text.charAt(dot) == '.' && j == dot + 1 && isAbbreviation(text, dot, next)) {
            return -1;
        }
        if (j > dot + 1 && text.charAt(dot) != '.' && NAME_SAID.matcher(text).region(next, limit).lookingAt()) {
            return -1;
        }
        return j;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»' || c == '.'
                || c == '!' || c == '?';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '‘' || c == '\''
                || c == '(' || c == '«' || c == '`' || c == '[';
    }

    private static boolean isAbbreviation(String text, int dot, int next) {
        int s = dot;
        while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) {
            s--;
        }
        String word = text.substring(s, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true;
        }
        if (word.indexOf('.') > 0) {
            return !STARTERS.contains(nextWord(text, next));
        }
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String nextWord(String text, int from) {
        int e = from;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(from, e);
    }

    private static int skipBlank(String text, int from, int limit) {
        int i = from;
        while (i < limit && Paragraphs.isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addSentence(String text, int start, int end, Paragraph p, List<Sentence> out) {
        int e = end;
        while (e > start && Paragraphs.isBlank(text.charAt(e - 1))) {
            e--;
        }
        if (e > start) {
            out.add(new Sentence(out.size(), start, e, p.index()));
        }
    }
}
