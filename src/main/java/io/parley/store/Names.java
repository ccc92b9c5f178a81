package io.parley.store;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Names turns actor names, countries and topics into key fragments: accents stripped, lower case, words
 * joined by '-', so "Sergey Lavrov" and "sergey  LAVROV" share a key.
 */
public final class Names {

    private static final List<String> SUFFIXES = List.of("jr", "sr", "ii", "iii");

    private Names() {
    }

    /** The key fragment of a whole name or phrase, for example {@code "recep-tayyip-erdogan"}. */
    public static String key(String name) {
        return String.join("-", words(name));
    }

    /** The key fragment of a person's surname (last word, ignoring Jr./Sr./II), for example {@code "lavrov"}. */
    public static String surnameKey(String name) {
        List<String> words = words(name).stream().filter(w -> !SUFFIXES.contains(w)).toList();
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }

    /**
     * A spelling-tolerant key of one word: accents and case dropped, common transliteration variants merged
     * (q/gh/g, kh/h, w/v, ph/f, j/dj), doubled letters collapsed and vowels after the first letter removed,
     * so "Araghchi" and "Araqchi", "Sergey" and "Sergei", "Mohammad" and "Muhammad" share a key.
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

    /** The lower-case, accent-free words of a name. */
    public static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return Arrays.stream(plain.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
