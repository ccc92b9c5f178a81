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
    void findsEveryPhraseOfAnIndexLargerThanItsFirstWordFilter() {
        Set<String> phrases = new java.util.HashSet<>();
        for (int i = 0; i < 6000; i++) {
            phrases.add("envoy" + i + " met");
        }
        PhraseIndex large = new PhraseIndex(phrases, true);
        for (int i = 0; i < 6000; i++) {
            assertEquals(2, large.match(toks("Envoy" + i + " met"), 0), "envoy" + i);
        }
        assertEquals(0, large.match(toks("envoy6000 met"), 0));
        assertEquals(0, large.match(toks("envoy1 said"), 0));
    }

    @Test
    void findsNothingPastTheLastToken() {
        assertEquals(0, index.match(toks("Aref met"), 2));
    }

    @Test
    void spellsPhraseAsIndexed() {
        assertEquals("met with", index.phrase(toks("Met With"), 0, 2));
    }
}
