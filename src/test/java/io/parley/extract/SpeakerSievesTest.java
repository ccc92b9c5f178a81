package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerSievesTest {

    private static List<String> speakers(String body) {
        return Texts.extract(body).statements().stream().map(s -> s.speaker().name()).toList();
    }

    @Test
    void takesNameAfterQuoteAndCue() {
        assertEquals(List.of("Sergey Lavrov"), speakers("Minister Sergey Lavrov arrived. “We are ready,” said Lavrov."));
    }

    @Test
    void takesSubjectBeforeColonQuote() {
        Statement s = Texts.extract("Lavrov said: “We are ready.”").statements().get(0);
        assertEquals("Lavrov", s.speaker().name());
        assertEquals("We are ready.", s.quote());
    }

    @Test
    void skipsRelativeClauseToReachSubject() {
        assertEquals(List.of("Sergei Lavrov"), speakers(
                "Foreign Minister Sergei Lavrov, who led the delegation of President Ivan Petrov, condemned the plan."));
    }

    @Test
    void takesInstitutionAsSpeaker() {
        assertEquals(List.of("Kremlin"), speakers("The talks were useful, the Kremlin said in a statement."));
    }

    @Test
    void givesNoSpeakerToAnonymousOfficials() {
        assertEquals(List.of(), speakers("Minister Abbas Karimi arrived. The talks failed, officials said."));
    }

    @Test
    void takesSpeakerAfterAccordingTo() {
        assertEquals(List.of("Mark Ellison"), speakers("Secretary Mark Ellison left. According to Ellison, talks went well."));
    }

    @Test
    void attributesBarePronounToLastSpeaker() {
        List<String> s = speakers("Minister Abbas Karimi met Envoy Paul Durand. Durand said the talks were good. "
                + "“We will meet again,” he said.");
        assertEquals(List.of("Paul Durand", "Paul Durand"), s);
    }

    @Test
    void skipsOrganizationThatOnlyQualifiesTheSpeaker() {
        assertEquals(List.of("Johanna Bayer"), speakers("“We are anxious,” said another Twitter user, Johanna Bayer."));
    }

    @Test
    void givesStatementToTheBodyThatLastSpoke() {
        assertEquals(List.of("Kremlin", "Kremlin"),
                speakers("The talks were useful, the Kremlin said. “We agree on the plan,” added the statement."));
    }

    @Test
    void letsBothCoordinatedSubjectsSpeak() {
        assertEquals(List.of("Anna Weiss", "Ivan Petrov"),
                speakers("President Ivan Petrov and Chancellor Anna Weiss agreed that the war must end.").stream()
                        .sorted().toList());
    }

    @Test
    void takesNameSetOffByCommasBeforeTheCue() {
        Statement s = Texts.extract("The host of the summit at the lakeside resort, Prime Minister Ana Ruiz, said the "
                + "talks were useful.").statements().get(0);
        assertEquals("Ana Ruiz", s.speaker().name());
        assertEquals("appositive-subject", s.rule());
    }

    @Test
    void takesPersonBeforeARelativeClauseWithoutCommas() {
        Statement s = Texts.extract("Presidential Aide Ivan Petrov who led the delegation at the talks said the "
                + "outcome was good.").statements().get(0);
        assertEquals("Ivan Petrov", s.speaker().name());
        assertEquals("relative-subject", s.rule());
    }

    @Test
    void takesSubjectOfACueThatOpensTheQuote() {
        Statement s = Texts.extract("Minister Ivan Petrov arrived. In turn, Petrov “welcomed the agreement to swap "
                + "prisoners” on Friday.").statements().get(0);
        assertEquals("Ivan Petrov", s.speaker().name());
        assertEquals("welcomed the agreement to swap prisoners", s.quote());
    }

    @Test
    void pronounInsideAQuoteIsThePersonTheSpeakerReportsOn() {
        List<Statement> said = Texts.extract("Minister Ivan Petrov met Envoy Paul Durand. Petrov said of the talks "
                + "with Durand: “I stated our position. He explained his view.” The talks ended.").statements();
        List<String> onSecond = said.stream().filter(s -> s.evidence().text().startsWith("He explained"))
                .map(s -> s.speaker().name() + "|" + s.rule() + "|" + s.quote()).sorted().toList();
        assertEquals(List.of("Ivan Petrov|adjacent-subject|He explained his view.",
                "Paul Durand|reported-inside-quote|null"), onSecond);
    }

    @Test
    void participleAfterAnAppositiveBelongsToTheMainSubject() {
        List<String> s = speakers("Minister Ivan Petrov arrived. He also received the new envoy, Paul Durand, "
                + "highlighting the ties.");
        assertEquals(List.of(), s.stream().filter(n -> n.equals("Paul Durand")).toList());
    }

    @Test
    void countryOpeningTheClauseSpeaks() {
        Statement s = Texts.extract("Pakistan urged India on Monday to show restraint.").statements().get(0);
        assertEquals("Pakistan", s.speaker().name());
        assertEquals("country-subject", s.rule());
    }

    @Test
    void capitalStandingForItsGovernmentSpeaks() {
        assertEquals(List.of("Tehran"), speakers("Tehran rejected the accusation as baseless."));
    }

    @Test
    void countryInsideAPhraseIsNoSpeaker() {
        assertEquals(List.of(), speakers("Trade with Pakistan rejected by the courts fell."));
    }

    @Test
    void longAppositiveBeforeAnInvertedLookingCueKeepsTheSentenceSubject() {
        assertEquals(List.of("Ana Ruiz"), speakers("Ana Ruiz, a former envoy who led the talks in 2019, said the "
                + "new plan was sound."));
    }

    @Test
    void theOfficeOfACountryIsItsCounterpartNamedBefore() {
        List<String> s = speakers("Minister Ivan Petrov met his Malawian counterpart Grace Banda in Lilongwe. "
                + "Speaking after the talks, the President of Malawi stressed that trade must grow.");
        assertEquals(List.of("Grace Banda"), s);
    }

    @Test
    void aNameEndingInAnOrganisationHeadIsNoAntecedentOfShe() {
        assertEquals(List.of("Ketut Marsani", "Ketut Marsani"), speakers("Foreign Minister Ketut Marsani said her "
                + "country would host the forum. Both states belong to the Coral Sea Rim Association, she said."));
    }

    @Test
    void bothCoordinatedCapitalsSpeak() {
        assertEquals(List.of("Kuala Lumpur", "Hanoi"), speakers("Both Hanoi and Kuala Lumpur protested against the new map."));
    }

    @Test
    void bothCoordinatedCountriesSpeak() {
        assertEquals(List.of("Ghana", "Togo"), speakers("Togo and Ghana urged calm along the border on Sunday."));
    }
}
