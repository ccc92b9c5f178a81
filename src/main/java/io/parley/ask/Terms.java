package io.parley.ask;

import io.parley.actors.NameForm;
import java.util.List;

/** Turns text into search terms: lower-case, accent-free words with a light English stemming. */
final class Terms {

    private Terms() {
    }

    static List<String> of(String text) {
        return NameForm.words(text).stream().map(Terms::stem).toList();
    }

    /** "sanctions" → "sanction", "programme" → "program", "talks" → "talk", "warned" → "warn". */
    static String stem(String word) {
        String w = word.endsWith("mme") ? word.substring(0, word.length() - 2) : word;
        for (String suffix : new String[] {"ies", "ing", "ed", "es", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
                return suffix.equals("ies") ? w.substring(0, w.length() - 3) + "y" : w.substring(0, w.length() - suffix.length());
            }
        }
        return w;
    }
}
