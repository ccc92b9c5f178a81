package io.parley.extract;

import io.parley.actors.NameForm;
import java.util.ArrayList;
import java.util.List;

/** Names compares person names: accent- and case-insensitive tokens, surname last. */
final class Names {

    private Names() {
    }

    /** Lower-case name tokens without accents, dots and suffixes ("Mikhail S. Gorbachev" -> mikhail, s, gorbachev). */
    static List<String> tokens(String name) {
        String plain = NameForm.fold(name);
        List<String> out = new ArrayList<>(4);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
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
        if (sb.length() > 0 && !NameForm.isSuffix(sb.toString())) {
            out.add(sb.toString());
        }
        sb.setLength(0);
    }

    static String surname(String name) {
        List<String> t = tokens(name);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }
}
