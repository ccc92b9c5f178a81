package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodySpeakersTest {

    private static List<String> speakers(String body) {
        return Texts.extract(body).statements().stream().map(s -> s.speaker().name()).toList();
    }

    private static List<String> rules(String body) {
        return Texts.extract(body).statements().stream().map(Statement::rule).toList();
    }

    @Test
    void possessivePronounNamesThePersonsBody() {
        String body = "Foreign Minister Ketut Marsani will visit Ghana next week, her ministry said on Tuesday.";
        assertEquals(List.of("Ketut Marsani's ministry"), speakers(body));
        assertEquals(List.of("body-reference"), rules(body));
    }

    @Test
    void possessivePronounAtSentenceStartNamesThePersonsOffice() {
        assertEquals(List.of("Paul Durand's office"), speakers(
                "Envoy Paul Durand arrived in Accra. His office said the talks would last two days."));
    }

    @Test
    void bareBodyWordIsTheLastBodyOfThatWord() {
        assertEquals(List.of("Kenyan Foreign Ministry", "Kenyan Foreign Ministry"), speakers(
                "The visit is historic, the Kenyan Foreign Ministry said. The talks will cover trade, the ministry said."));
    }

    @Test
    void bareBodyWordWithNoEarlierBodyIsNamedByItself() {
        assertEquals(List.of("Ministry"), speakers("The visit will begin on Monday, the ministry said."));
    }

    @Test
    void aBodyInsideTheReportedClauseIsNoSubjectOfACoordinatedCue() {
        assertEquals(List.of("Ana Ruiz"), speakers("Deputy Minister Ana Ruiz noted that the ministry had reviewed "
                + "the plan in recent weeks but said no decision had been taken."));
    }

    @Test
    void documentSpeaksForTheBodyThatIssuedIt() {
        String body = "The summit was a success, a release from the Kenyan Embassy in Accra says. "
                + "The leaders will meet again in May, the release adds.";
        assertEquals(List.of("Kenyan Embassy", "Kenyan Embassy"), speakers(body));
        assertEquals(List.of("document-of-body", "document-of-body"), rules(body));
    }

    @Test
    void accordingToADocumentIsItsBody() {
        assertEquals(List.of("Kremlin", "Kremlin"), speakers(
                "The talks were useful, the Kremlin said in a statement. According to the statement, a visit is planned."));
    }

    @Test
    void itIsTheBodyThatSpokeJustBefore() {
        String body = "The talks were useful, the Kremlin said. It added that a visit was planned.";
        assertEquals(List.of("Kremlin", "Kremlin"), speakers(body));
        assertEquals("it-last-body", rules(body).get(1));
    }

    @Test
    void itWithNoBodyBeforeHasNoSpeaker() {
        assertEquals(List.of(), speakers("The weather was fine. It said nothing about the talks."));
    }

    @Test
    void unnamedSpokespersonSpeaksForTheBody() {
        assertEquals(List.of("Kremlin"), speakers("The talks were useful, a Kremlin spokesman said."));
    }

    @Test
    void readoutSentenceJustBeforeTheBodysClosingCueIsTheBodys() {
        String body = "Foreign Minister Ketut Marsani will visit Ghana, her ministry said. She plans to discuss trade. "
                + "She will also call for support, the ministry said.";
        List<Statement> said = Texts.extract(body).statements();
        assertEquals(List.of("Ketut Marsani's ministry", "Ketut Marsani's ministry", "Ketut Marsani's ministry"),
                said.stream().map(s -> s.speaker().name()).toList());
        assertEquals("before-trailing-cue", said.get(1).rule());
        assertEquals("She plans to discuss trade.", said.get(1).evidence().text());
    }

    @Test
    void unmarkedSentenceBeforeAPersonsClosingCueStaysNarration() {
        assertEquals(List.of("Ivan Petrov"), speakers(
                "Minister Ivan Petrov arrived. The talks were long. The mood was good, Petrov said."));
    }

    @Test
    void bodyWordInsideARelativeClauseIsNoSpeaker() {
        assertEquals(List.of("Greta Vogel"), speakers(
                "Envoy Greta Vogel, who took office last year, has repeatedly said that Europe must act."));
    }

    @Test
    void aDemonymAndABodyWordNameTheBody() {
        assertEquals(List.of("Malawian Embassy"), speakers(
                "The envoys pledged closer ties at the summit, a release from the Malawian Embassy in Accra says."));
    }
}
