package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Extraction;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ExtractorTest {

    private static Extraction run(String text) {
        return Texts.EXTRACTOR.extract(Texts.article(text, LocalDate.of(2025, 1, 1)));
    }

    private static void assertEmpty(Extraction x) {
        assertTrue(x.meetings().isEmpty(), "meetings");
        assertTrue(x.statements().isEmpty(), "statements");
    }

    @Test
    void givesEmptyExtractionForEmptyText() {
        assertEmpty(run(""));
    }

    @Test
    void givesEmptyExtractionForHeadlineOnly() {
        assertEmpty(run("Lavrov says ‘we are ready’ after meeting Wang Yi"));
    }

    @Test
    void givesEmptyExtractionForBinaryGarbage() {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        assertEmpty(run(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)));
    }

    @Test
    void givesEmptyExtractionForTextWithoutSentences() {
        assertEmpty(run("\n\n;;;; ,,,, ---- \n 12 34 56 \n\u0000\u0001"));
    }

    @Test
    void finishesTenMegabytesQuickly() {
        StringBuilder sb = new StringBuilder("Head\n\n");
        String para = "Minister Paul Durand said “the talks were useful,” and met President Ivan Petrov in Moscow.\n";
        while (sb.length() < 10_000_000) {
            sb.append(para);
        }
        String text = sb.toString();
        Extraction x = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(text));
        assertTrue(x.statements().size() > 0);
    }

    @Test
    void handlesOneHugeParagraphOfQuotes() {
        String text = "Head\n" + "\"a \"b ''c ‘d “e ".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> run(text));
    }

    @Test
    void givesSameOutputTwice() {
        String text = Texts.resource("/articles/moscow-call.txt");
        assertEquals(run(text), run(text));
    }

    @Test
    void reportsStageTimes() {
        Timed t = Texts.EXTRACTOR.extractTimed(Texts.article(Texts.resource("/articles/tehran-visit.txt"), null));
        assertTrue(t.times().nanos().containsKey("sentences"));
        assertTrue(t.times().total() > 0);
        assertEquals(Texts.EXTRACTOR.extract(Texts.article(Texts.resource("/articles/tehran-visit.txt"), null)),
                t.extraction());
    }

    @Test
    void tellsProseFromBinary() {
        assertTrue(Extractor.looksLikeText("Lavrov said “yes.”\nThe end."));
        assertFalse(Extractor.looksLikeText("ab\u0001\u0002cd\u0003"));
    }
}
