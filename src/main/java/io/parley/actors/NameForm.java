package io.parley.actors;

import io.parley.lexicon.Lexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NameForm is Parley's one name normaliser: accents folded, case dropped, words split on anything that is not a
 * letter or digit, so "Sergey  LAVROV", "Sergéy Lavrov" and "sergey-lavrov" compare equal. Keys, directory
 * entries, matching, questions and the scorer all go through it, so they cannot disagree about a name.
 */
public final class NameForm {

    private static final Set<String> SUFFIXES = Lexicon.lowerSet("name-suffixes.txt");

    private NameForm() {
    }

    /** The text without accents (NFKD, combining marks dropped); ASCII text comes back as it is, for free. */
    public static String fold(String text) {
        if (text == null || isAscii(text)) {
            return text;
        }
        String d = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(d.length());
        d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The lower-case, accent-free words of a name ("Peña Nieto" → pena, nieto). */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : fold(name).toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The key fragment of a whole name or phrase, for example {@code "recep-tayyip-erdogan"}. */
    public static String key(String name) {
        return String.join("-", words(name));
    }

    /** Whether a word is a generational suffix (Jr, Sr, II, III, IV). */
    public static boolean isSuffix(String word) {
        return SUFFIXES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words of a name without its generational suffixes. */
    public static List<String> nameWords(String name) {
        return words(name).stream().filter(w -> !SUFFIXES.contains(w)).toList();
    }

    /** The generational suffix of a name ("jr"), or the empty string. */
    public static String suffix(String name) {
        return words(name).stream().filter(SUFFIXES::contains).findFirst().orElse("");
    }

    /** The surname: the last word that is not a suffix, for example {@code "lavrov"}; empty for no words. */
    public static String surname(String name) {
        List<String> words = nameWords(name);
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /** The words before the surname ("Donald J. Trump" → donald, j). */
    public static List<String> givenNames(String name) {
        List<String> words = nameWords(name);
        return words.size() <= 1 ? List.of() : words.subList(0, words.size() - 1);
    }

    /**
     * A spelling-tolerant key of one word: common transliteration variants merged (q/gh/g, kh/h, w/v, ph/f, j/dj),
     * doubled letters collapsed and vowels after the first letter removed, so "Araghchi" and "Araqchi", "Sergey"
     * and "Sergei", "Mohammad" and "Muhammad" share a key.
     */
    public static String skeleton(String word) {
        String w = String.join("", words(word));
        if (w.isEmpty()) {
            return "";
        }
        w = w.replace("dj", "j").replace("kh", "h").replace("gh", "g").replace("ph", "f")
                .replace('q', 'g').replace('w', 'v');
        StringBuilder out = new StringBuilder().append(w.charAt(0));
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if ("aeiouy".indexOf(c) < 0 && c != out.charAt(out.length() - 1)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
