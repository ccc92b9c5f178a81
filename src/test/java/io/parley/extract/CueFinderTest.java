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

    private static List<String> texts(String body) {
        return cues(body).stream().map(Cue::text).toList();
    }

    @Test
    void findsCongratulationsAndClarityAsCues() {
        assertEquals(List.of("congratulated"), texts("Marsani congratulated the new government."));
        assertEquals(List.of("made it clear"), texts("Marsani made it clear that the talks would go on."));
        assertEquals(List.of("was quoted as saying"), texts("Marsani was quoted as saying the talks went well."));
    }

    @Test
    void ignoresNegatedCues() {
        assertEquals(List.of(), texts("Marsani did not say when the talks would resume."));
        assertEquals(List.of(), texts("Marsani didn't mention the border."));
        assertEquals(List.of(), texts("Marsani never publicly mentioned the border."));
    }

    @Test
    void ignoresCuesStillToCome() {
        assertEquals(List.of(), texts("Marsani will stress the need for calm."));
        assertEquals(List.of(), texts("Marsani is expected to announce a plan."));
        assertEquals(List.of("say"), texts("Marsani went on to say that the plan was ready."));
    }

    @Test
    void ignoresAgreementsToActAndTheNounState() {
        assertEquals(List.of(), texts("The ministers agreed to meet again in May."));
        assertEquals(List.of(), texts("The state will pay for the new road."));
    }

    @Test
    void ignoresCueFormsUsedAsNounsAndDeeds() {
        assertEquals(List.of(), texts("Five countries have claims in the sea."));
        assertEquals(List.of(), texts("Germany responded by building a new force."));
    }

    @Test
    void findsPastParticipleOfWroteButNotItsPassive() {
        assertEquals(List.of("written"), texts("Marsani had written about the war last month."));
        assertEquals(List.of(), texts("The letter was written in May."));
    }

    @Test
    void findsCuesOfProtestAndCondolence() {
        assertEquals(List.of("protested"), cues("Accra protested against the new tariffs.").stream().map(Cue::text).toList());
        assertEquals(List.of("denounced"), cues("Minister Ana Ruiz denounced the raid.").stream().map(Cue::text).toList());
        assertEquals(List.of("offered his condolences"), cues("Petrov offered his condolences to the families.")
                .stream().map(Cue::text).toList());
    }

    @Test
    void aPressedButtonOrASharedBorderIsNoCue() {
        assertEquals(List.of(), cues("The envoy pressed the button as both states shared a border."));
    }
}
