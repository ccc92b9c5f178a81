package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text, 0, text.length()).stream().map(Token::text).toList();
    }

    @Test
    void keepsHyphenatedNamesWhole() {
        assertEquals(List.of("Mohammad-Reza", "Aref", "met", "al-Jubeir"), words("Mohammad-Reza Aref met al-Jubeir"));
    }

    @Test
    void splitsPossessive() {
        assertEquals(List.of("Iran", "’s", "envoy"), words("Iran’s envoy"));
    }

    @Test
    void keepsInitialsAcronymsAndAbbreviationsWithTheirDot() {
        assertEquals(List.of("Mr.", "S.", "Jaishankar", "visited", "the", "U.S.", "."),
                words("Mr. S. Jaishankar visited the U.S.."));
    }

    @Test
    void keepsOffsets() {
        Token t = Tokenizer.tokenize("  Lavrov said", 0, 13).get(0);
        assertEquals(2, t.start());
        assertEquals(8, t.end());
    }
}
