package io.parley.extract;

import java.util.Locale;

/**
 * A Token is one word, number or punctuation mark at {@code [start, end)} of the article text, with its
 * lower-case form computed once (the lexicon lookups of every stage use it).
 */
record Token(int start, int end, String text, String lower) {

    Token(int start, int end, String text) {
        this(start, end, text, text.toLowerCase(Locale.ROOT));
    }

    boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    boolean isCapitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }
}
