package io.parley.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Names compares person names: accent- and case-insensitive tokens, surname last. */
final class Names {

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

    private Names() {
    }

    /** Lower-case name tokens without accents, dots and suffixes ("Mikhail S. Gorbachev" -> mikhail, s, gorbachev). */
    static List<String> tokens(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String t : plain.split("[^\\p{L}\\p{N}'’-]+")) {
            if (!t.isEmpty() && !SUFFIXES.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static String surname(String name) {
        List<String> t = tokens(name);
        return t.isEmpty() ? "" : t.get(t.size() - 1);
    }
}
