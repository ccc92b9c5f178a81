package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {

    private final PhraseIndex index = new PhraseIndex(Set.of("met", "met with", "on the sidelines of"), true);

    private static List<Token> toks(String s) {
        return Tokenizer.tokenize(s, 0, s.length());
    }

    @Test
    void findsLongestPhraseAtToken() {
        assertEquals(2, index.match(toks("Aref Met with Varlamov"), 1));
        assertEquals(4, index.match(toks("on the sidelines of the summit"), 0));
    }

    @Test
    void findsNothingForUnknownFirstWordOrCutPhrase() {
        assertEquals(0, index.match(toks("Aref spoke"), 1));
        assertEquals(0, index.match(toks("on the sidelines"), 0));
    }

    @Test
    void spellsPhraseAsIndexed() {
        assertEquals("met with", index.phrase(toks("Met With"), 0, 2));
    }
}
