package io.parley.extract;

import java.util.Locale;

/** A Token is one word, number or punctuation mark at {@code [start, end)} of the article text. */
record Token(int start, int end, String text) {

    String lower() {
        return text.toLowerCase(Locale.ROOT);
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
