package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Names compares person names: accent- and case-insensitive tokens, surname last. */
final class Names {

    private static final Set<String> SUFFIXES = Lexicon.lowerSet("name-suffixes.txt");

    private Names() {
    }

    /** Lower-case name tokens without accents, dots and suffixes ("Mikhail S. Gorbachev" -> mikhail, s, gorbachev). */
    static List<String> tokens(String name) {
        String plain = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD);
        List<String> out = new ArrayList<>(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-') {
                sb.append(Character.toLowerCase(c));
            } else {
                flush(sb, out);
            }
        }
        flush(sb, out);
        return out;
    }

    private static void flush(StringBuilder sb, List<String> out) {
        if (sb.length() > 0 && !SUFFIXES.contains(sb.toString())) {
            out.add(sb.toString());
        }
        sb.setLength(0);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    static String surname(String name) {
        List<String> t = tokens(name);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }
}
