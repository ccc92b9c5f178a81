package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingRef;
import io.parley.model.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements placed at a meeting of their article, each construction on an article written for it. */
class SaidAtMeetingTest {

    private static Extraction extract(String text) {
        return Texts.EXTRACTOR.extractOrThrow(new Article(new ArticleInfo("t", null, LocalDate.of(2026, 3, 11),
                null, null), text));
    }

    /** The statement of {@code speaker} whose sentence starts with {@code opening}. */
    private static Statement said(Extraction x, String speaker, String opening) {
        return x.statements().stream()
                .filter(s -> s.speaker().name().equals(speaker) && s.evidence().text().startsWith(opening))
                .findFirst().orElseThrow(() -> new AssertionError("no statement of " + speaker + " at: " + opening
                        + " in " + x.statements()));
    }

    private static Meeting linked(Extraction x, Statement s) {
        assertNotNull(s.meeting(), "not linked: " + s.evidence().text());
        return x.meetings().get(s.meeting().index());
    }

    private static List<String> names(Meeting m) {
        return m.participants().stream().map(Actor::name).sorted().toList();
    }

    private static final String ANKARA = "Ministers pledge to widen trade after Ankara talks\n\n"
            + "ANKARA, March 10 - Norwegian Foreign Minister Ingrid Solberg met her Turkish counterpart Kemal Aydin "
            + "in Ankara on Tuesday.\n"
            + "After the talks, Solberg said the two countries would double trade by 2030.\n"
            + "“We have found common ground on energy,” Aydin told a joint press conference with Solberg.\n"
            + "Last month Solberg told parliament in Oslo that Norway would open a consulate in Izmir.\n";

    @Test
    void aStatementMadeAfterTheTalksIsLinkedToTheMeetingToldBefore() {
        Extraction x = extract(ANKARA);
        Statement s = said(x, "Ingrid Solberg", "After the talks");
        assertEquals(List.of("Ingrid Solberg", "Kemal Aydin"), names(linked(x, s)));
        assertEquals(new MeetingRef(0, "after the talks", SaidAtMeeting.TOLD_BEFORE), s.meeting());
    }

    @Test
    void aQuoteToldAJointPressConferenceWithTheOtherPartyIsLinked() {
        Extraction x = extract(ANKARA);
        Statement s = said(x, "Kemal Aydin", "“We have");
        assertEquals(List.of("Ingrid Solberg", "Kemal Aydin"), names(linked(x, s)));
        assertEquals("joint press conference", s.meeting().phrase());
    }

    @Test
    void aStatementMadeAtAnotherTimeIsNotLinked() {
        Extraction x = extract(ANKARA);
        assertNull(said(x, "Ingrid Solberg", "Last month").meeting());
    }

    @Test
    void aPlacingPhraseInsideTheQuotedWordsPlacesNothing() {
        Extraction x = extract("Trade talks in Ankara\n\n"
                + "Norwegian Foreign Minister Ingrid Solberg met Turkish Foreign Minister Kemal Aydin in Ankara on "
                + "Tuesday.\n"
                + "“After the talks we will know more about the pipeline,” Solberg said on Monday.\n");
        assertNull(said(x, "Ingrid Solberg", "“After").meeting());
    }

    @Test
    void aPlacingPhraseInTheReportedClauseAfterThatPlacesNothing() {
        Extraction x = extract("Trade talks in Ankara\n\n"
                + "Norwegian Foreign Minister Ingrid Solberg met Turkish Foreign Minister Kemal Aydin in Ankara on "
                + "Tuesday.\n"
                + "On Wednesday Solberg said that the pipeline had been raised at the meeting by Turkish officials.\n");
        assertNull(said(x, "Ingrid Solberg", "On Wednesday").meeting());
    }

    @Test
    void aPlacingPhraseAFewWordsIntoTheReportedClausePlacesNothing() {
        Extraction x = extract("Trade talks in Ankara\n\n"
                + "Norwegian Foreign Minister Ingrid Solberg met Turkish Foreign Minister Kemal Aydin in Ankara on "
                + "Tuesday.\n"
                + "On Wednesday Solberg said gas was raised at the talks.\n");
        assertNull(said(x, "Ingrid Solberg", "On Wednesday").meeting());
    }

    @Test
    void reportersAndADayMayStandBetweenTheCueAndThePhrase() {
        Extraction x = extract("Trade talks in Ankara\n\n"
                + "Norwegian Foreign Minister Ingrid Solberg met Turkish Foreign Minister Kemal Aydin in Ankara on "
                + "Tuesday.\n"
                + "Solberg told reporters on Tuesday after the talks that gas prices would fall.\n");
        assertEquals(SaidAtMeeting.TOLD_BEFORE, said(x, "Ingrid Solberg", "Solberg told").meeting().rule());
    }

    @Test
    void aSpeakerWhoWasNotAtTheMeetingIsNotLinked() {
        Extraction x = extract("Trade talks in Ankara\n\n"
                + "Norwegian Foreign Minister Ingrid Solberg met Turkish Foreign Minister Kemal Aydin in Ankara on "
                + "Tuesday.\n"
                + "After the talks, opposition leader Lars Berge said the deal was too small.\n");
        assertNull(said(x, "Lars Berge", "After the talks").meeting());
    }

    private static final String TWO_MEETINGS = "Solberg visits Ankara, calls Cairo\n\n"
            + "Norwegian Foreign Minister Ingrid Solberg held talks with Turkish Foreign Minister Kemal Aydin in "
            + "Ankara on Tuesday.\n"
            + "On Wednesday she spoke by phone with Egyptian Foreign Minister Samir Fahmy.\n"
            + "During the call, Solberg stressed the need for a ceasefire in Gaza.\n"
            + "Speaking to reporters after the talks with Aydin, Solberg said Turkey was a key partner.\n";

    @Test
    void duringTheCallGoesToTheCallNotToTheTalks() {
        Extraction x = extract(TWO_MEETINGS);
        Meeting m = linked(x, said(x, "Ingrid Solberg", "During the call"));
        assertEquals(MeetingKind.PHONE_CALL, m.kind());
        assertEquals(List.of("Ingrid Solberg", "Samir Fahmy"), names(m));
    }

    @Test
    void afterTheTalksWithANamedPartyGoesToTheMeetingWithThatParty() {
        Extraction x = extract(TWO_MEETINGS);
        Statement s = said(x, "Ingrid Solberg", "Speaking to reporters");
        assertEquals(List.of("Ingrid Solberg", "Kemal Aydin"), names(linked(x, s)));
        assertEquals(SaidAtMeeting.TOLD_BEFORE, s.meeting().rule());
    }

    @Test
    void aMeetingToldInTheStatementsOwnSentenceIsTakenFirst() {
        Extraction x = extract("Solberg in Cairo\n\n"
                + "Norwegian Foreign Minister Ingrid Solberg met Turkish Foreign Minister Kemal Aydin in Ankara on "
                + "Monday.\n"
                + "Solberg told a joint press conference with Egyptian Foreign Minister Samir Fahmy in Cairo on Tuesday "
                + "that aid must reach Gaza, after she met Fahmy there.\n");
        Statement s = said(x, "Ingrid Solberg", "Solberg told");
        assertEquals(SaidAtMeeting.SAME_SENTENCE, s.meeting().rule());
        assertEquals(List.of("Ingrid Solberg", "Samir Fahmy"), names(linked(x, s)));
    }

    @Test
    void theOnlyMeetingToldAfterTheStatementIsLinked() {
        Extraction x = extract("Solberg upbeat on trade\n\n"
                + "Following the talks, Norwegian Foreign Minister Ingrid Solberg said trade with Turkey would double.\n"
                + "Solberg met Turkish Foreign Minister Kemal Aydin in Ankara on Tuesday.\n");
        Statement s = said(x, "Ingrid Solberg", "Following the talks");
        assertEquals(SaidAtMeeting.TOLD_AFTER, s.meeting().rule());
        assertEquals(List.of("Ingrid Solberg", "Kemal Aydin"), names(linked(x, s)));
    }

    @Test
    void theSameArticleGivesTheSameLinksTwice() {
        assertEquals(extract(TWO_MEETINGS).statements(), extract(TWO_MEETINGS).statements());
        assertTrue(extract(TWO_MEETINGS).statements().stream().filter(s -> s.meeting() != null).count() >= 2);
    }

    @Test
    void aSurnameJoinsTheFullNameButNotAnotherGivenName() {
        assertTrue(SaidAtMeeting.samePerson(new Actor("Solberg", null, null), new Actor("Ingrid Solberg", null, null)));
        assertTrue(!SaidAtMeeting.samePerson(new Actor("Erna Solberg", null, null),
                new Actor("Ingrid Solberg", null, null)));
    }
}
