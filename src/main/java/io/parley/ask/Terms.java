package io.parley.ask;

import io.parley.store.SearchTerms;
import java.util.List;

/** Turns text into search terms, the same ones the store's free-word index is written with ({@link SearchTerms}). */
final class Terms {

    private Terms() {
    }

    static List<String> of(String text) {
        return SearchTerms.of(text);
    }

    /** "sanctions" → "sanction", "programme" → "program", "talks" → "talk", "warned" → "warn". */
    static String stem(String word) {
        return SearchTerms.stem(word);
    }
}
