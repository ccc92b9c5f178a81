package io.parley.extract;

import java.util.Locale;

/**
 * A Token is one word, number or punctuation mark at {@code [start, end)} of the article text, with what every
 * stage asks of it computed once: its lower-case form (for the lexicon lookups), whether it starts with a letter
 * or digit ({@code word}) and whether with a capital.
 */
record Token(int start, int end, String text, String lower, boolean word, boolean capitalized) {

    Token(int start, int end, String text) {
        this(start, end, text, text.toLowerCase(Locale.ROOT), Character.isLetterOrDigit(text.charAt(0)),
                Character.isUpperCase(text.charAt(0)));
    }

    boolean isWord() {
        return word;
    }

    boolean isCapitalized() {
        return capitalized;
    }

    /** Whether this is {@code word}, given in lower case, in any case ("The", "THE" and "the" are "the"). */
    boolean is(String word) {
        return lower.equals(word);
    }
}
