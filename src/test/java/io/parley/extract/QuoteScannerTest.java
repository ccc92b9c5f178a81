package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static List<Quote> scan(String text) {
        return QuoteScanner.scan(text, Paragraphs.split(text));
    }

    private static String inner(String text, Quote q) {
        return text.substring(q.start(), q.end());
    }

    @Test
    void findsCurlyQuote() {
        String text = "T\nHe said “we agree,” today.";
        Quote q = scan(text).get(0);
        assertEquals("we agree,", inner(text, q));
        assertEquals(11, q.start());
        assertTrue(q.closed());
    }

    @Test
    void findsStraightQuote() {
        String text = "T\n\"It was good,\" Bush said.";
        assertEquals("It was good,", inner(text, scan(text).get(0)));
    }

    @Test
    void findsDoubledApostropheQuote() {
        String text = "T\n''We agreed,'' Mr. Reuter said.";
        Quote q = scan(text).get(0);
        assertEquals("We agreed,", inner(text, q));
        assertEquals(4, q.start());
    }

    @Test
    void marksQuoteContinuedInNextParagraph() {
        String text = "T\n“First part.\n“Second part.”";
        List<Quote> qs = scan(text);
        assertEquals(2, qs.size());
        assertFalse(qs.get(0).closed());
        assertTrue(qs.get(1).continued());
        assertEquals("Second part.", inner(text, qs.get(1)));
    }

    @Test
    void findsSingleQuotesInHeadline() {
        String text = "Aref tells PM: ‘Treaty will guide us’\nBody.";
        assertEquals("Treaty will guide us", inner(text, scan(text).get(0)));
    }

    @Test
    void ignoresApostrophesAndShortSingleQuotedTermsInBody() {
        assertEquals(List.of(), scan("T\nIran’s envoy rejected the ‘snapback’ and the nations’ plan."));
    }

    @Test
    void carriesQuoteOverParagraphsWithoutOpeningMarksToItsLoneClosingMark() {
        String text = "T\nPetrov said: “We agree.\nWe will meet again.\nThat is all,” he said. “Next,” he added.";
        List<Quote> qs = scan(text);
        assertEquals(List.of("We agree.", "We will meet again.", "That is all,", "Next,"),
                qs.stream().map(q -> inner(text, q)).toList());
        assertFalse(qs.get(0).continued());
        assertTrue(qs.get(1).continued());
        assertTrue(qs.get(2).continued());
        assertTrue(qs.get(2).closed());
        assertEquals(text.indexOf("We will"), qs.get(1).start());
    }

    @Test
    void leavesUnmarkedParagraphAloneWhenNoClosingMarkFollows() {
        String text = "T\nPetrov said: “We agree.\nThe talks ended.\nHe left “soon” after.";
        assertEquals(List.of("We agree.", "soon"), scan(text).stream().map(q -> inner(text, q)).toList());
    }

    @Test
    void carriesAGuillemetQuoteOverParagraphsToItsClosingGuillemet() {
        String text = "T\n«The sides agreed to meet in May.\nThey will also sign a trade plan,» the readout says.";
        List<Quote> qs = scan(text);
        assertEquals(List.of("The sides agreed to meet in May.", "They will also sign a trade plan,"),
                qs.stream().map(q -> inner(text, q)).toList());
        assertTrue(qs.get(1).continued());
        assertTrue(qs.get(1).closed());
    }
}
