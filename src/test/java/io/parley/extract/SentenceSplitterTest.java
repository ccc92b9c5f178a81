package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text, Paragraphs.split(text)).stream()
                .map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void keepsAbbreviationsInsideSentence() {
        String text = "Mr. Lavrov met Gen. Adams on Jan. 5 in the U.S. capital. No. 2 was absent.";
        assertEquals(List.of("Mr. Lavrov met Gen. Adams on Jan. 5 in the U.S. capital.", "No. 2 was absent."),
                split(text));
    }

    @Test
    void splitsAfterQuoteThatEndsSentence() {
        String text = "He said that “This is final.” Then he left.";
        List<Sentence> s = SentenceSplitter.split(text, Paragraphs.split(text));
        assertEquals(2, s.size());
        assertEquals(0, s.get(0).start());
        assertEquals(29, s.get(0).end());
        assertEquals(30, s.get(1).start());
        assertEquals("Then he left.", text.substring(s.get(1).start(), s.get(1).end()));
    }

    @Test
    void splitsQuoteThatRunsAcrossSentences() {
        assertEquals(List.of("“We agree.", "We will sign.", "We are ready,” he said."),
                split("“We agree. We will sign. We are ready,” he said."));
    }

    @Test
    void keepsOneLineParagraphWithoutFullStop() {
        assertEquals(List.of("UKRAINE AND RUSSIA", "Talks resumed."), split("UKRAINE AND RUSSIA\nTalks resumed."));
    }

    @Test
    void doesNotSplitBeforeNameAndSaidAfterQuotedQuestion() {
        assertEquals(List.of("“Really?” Bush said.", "“Yes.”"), split("“Really?” Bush said. “Yes.”"));
    }

    @Test
    void splitsAfterDottedAcronymBeforeUsualStarter() {
        assertEquals(List.of("She flew to the U.S.", "The trip was short."), split("She flew to the U.S. The trip was short."));
    }
}
