package io.parley.ingest.html;

import static io.parley.testing.CharsetPages.JAPANESE;
import static io.parley.testing.CharsetPages.WESTERN;
import static io.parley.testing.CharsetPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class CharsetSnifferTest {

    @Test
    void guessesShiftJisAsAMultiByteCharset() {
        CharsetSniffer.Guess guess = CharsetSniffer.guess(page(JAPANESE, Charset.forName("Shift_JIS"), null)).orElseThrow();
        assertEquals("windows-31j", guess.charset().name());
        assertTrue(guess.multiByte());
        assertTrue(guess.confidence() >= PageDecoder.MIN_OVERRULING_CONFIDENCE, () -> "confidence " + guess.confidence());
    }

    @Test
    void guessesWindows1252ForAWesternStory() {
        CharsetSniffer.Guess guess = CharsetSniffer.guess(page(WESTERN, Charset.forName("windows-1252"), null))
                .orElseThrow();
        assertEquals("windows-1252", guess.charset().name());
        assertFalse(guess.multiByte());
    }
}
