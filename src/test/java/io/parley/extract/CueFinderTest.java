package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueFinderTest {

    private static List<Cue> cues(String body) {
        Doc doc = Texts.doc(Texts.HEADLINE + body);
        return new CueFinder(Texts.LEX).find(doc, 1, doc.quotes());
    }

    @Test
    void findsCueAfterClosingQuote() {
        Cue c = cues("“We agree,” Lavrov said.").get(0);
        assertEquals("said", c.text());
        assertEquals(10 + 19, c.start());
        assertEquals(10 + 23, c.end());
    }

    @Test
    void prefersLongestMultiWordCue() {
        assertEquals(List.of("pointed to"), cues("Mishustin pointed to the agreement.").stream().map(Cue::text).toList());
        assertEquals(List.of("According to"), cues("According to Lavrov, talks went well.").stream().map(Cue::text).toList());
    }

    @Test
    void ignoresCueInsideQuote() {
        assertEquals(List.of("added"), cues("“I said no,” he added.").stream().map(Cue::text).toList());
    }

    @Test
    void ignoresPassiveParticiple() {
        assertEquals(List.of(), cues("Dissanayake was welcomed by Modi."));
    }

    @Test
    void marksCuesWhoseSpeakerMayFollow() {
        Cue c = cues("“No,” said Lavrov.").get(0);
        assertEquals(true, c.after());
    }

    @Test
    void findsColonBeforeQuoteAsCue() {
        Cue c = cues("Bush: “The mission is clear.”").get(0);
        assertEquals(":", c.text());
        assertEquals(14, c.start());
    }

    @Test
    void colonAfterAnEarlierCueIsNoSecondCue() {
        assertEquals(List.of("said"), cues("Lavrov said of the talks with Mr Aydin: “We agree.”").stream()
                .map(Cue::text).toList());
    }

    @Test
    void ignoresNonSpeechSensesAndCapitalisedNameWords() {
        assertEquals(List.of(), cues("It is adding to the pressure on the New York State Attorney General."));
        assertEquals(List.of(), cues("Mr Natwar Singh called him up."));
    }
}
