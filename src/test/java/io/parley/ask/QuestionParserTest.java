package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.MeetingKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser on its own: no store, names left unresolved, today given. */
class QuestionParserTest {

    private static final QuestionParser PARSER = new QuestionParser(QueryLexicon.load());
    private static final LocalDate TODAY = LocalDate.of(2025, 11, 27);

    @Test
    void aSpeechQuestionKeepsTheSpeakersNameTheTopicAndTheWords() {
        ParsedQuestion q = PARSER.parse("What did Fidan say about the nuclear inspections?", TODAY);

        assertEquals(Question.Intent.STATEMENTS, q.intent());
        assertEquals(List.of("Fidan"), q.names());
        assertEquals("nuclear programme", q.topic());
        assertEquals("nuclear inspections", q.about());
        assertEquals(List.of("nuclear", "inspections"), q.words());
    }

    /** Issue 11: "... about Iran this month" answered "No one named Ir is known". */
    @Test
    void aDatePhraseAfterTheAboutPhraseCutsNoNameOutOfIt() {
        ParsedQuestion q = PARSER.parse("What did Fidan say about Syria this month?", TODAY);

        assertEquals(List.of("Fidan"), q.names());
        assertEquals("Syria", q.about());
        assertEquals(List.of("syria"), q.words());
        assertEquals(TODAY.withDayOfMonth(1), q.from());
    }

    @Test
    void aMeetingQuestionTakesCountriesAndThePlaceOutOfTheNames() {
        ParsedQuestion q = PARSER.parse("Who did the Turkish minister Hakan Fidan meet in Geneva?", TODAY);

        assertEquals(Question.Intent.MEETINGS, q.intent());
        assertEquals(List.of("Turkey"), q.countries());
        assertEquals("Geneva", q.location());
        assertEquals(List.of("Hakan Fidan"), q.names());
    }

    @Test
    void anySpeechCueOfTheExtractorMakesASpeechQuestionEvenBesideAMeetingWord() {
        ParsedQuestion q = PARSER.parse("What did Fidan stress in his talks with Rubio?", TODAY);

        assertEquals(Question.Intent.STATEMENTS, q.intent());
    }

    @Test
    void anyMeetingTriggerOfTheExtractorMakesAMeetingQuestion() {
        assertEquals(Question.Intent.MEETINGS, PARSER.parse("Who held a videoconference with Modi?", TODAY).intent());
        assertEquals(Question.Intent.MEETINGS, PARSER.parse("Who had a phone conversation with Modi?", TODAY).intent());
    }

    @Test
    void aMeetingWordThatIsAlsoACueStaysAMeetingWord() {
        assertEquals(Question.Intent.MEETINGS, PARSER.parse("Who called Lavrov?", TODAY).intent());
    }

    @Test
    void datesResolveAgainstTheGivenDay() {
        ParsedQuestion q = PARSER.parse("Who met Araghchi this month?", TODAY);

        assertEquals(LocalDate.of(2025, 11, 1), q.from());
        assertEquals(LocalDate.of(2025, 11, 30), q.to());
    }

    @Test
    void phoneCallsAndTheLatestContactAreRecognised() {
        ParsedQuestion q = PARSER.parse("When did Lavrov last call Wang?", TODAY);

        assertEquals(MeetingKind.PHONE_CALL, q.kind());
        assertTrue(q.latest());
        assertEquals(List.of("Lavrov", "Wang"), q.names());
    }

    @Test
    void aQuestionWithoutNamesOrTopicIsStillRead() {
        ParsedQuestion q = PARSER.parse("What was said?", TODAY);

        assertEquals(List.of(), q.names());
        assertNull(q.topic());
        assertFalse(q.latest());
    }
}
