package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.ingest.ExampleArticles;
import io.parley.store.InMemoryStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Questions over the shipped example articles, extracted and stored in memory. */
class AskServiceTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-11-27T12:00:00Z"), ZoneOffset.UTC);

    private static AskService ask;

    @BeforeAll
    static void storeExamples() {
        InMemoryStore store = new InMemoryStore();
        Deque<String> queue = new ArrayDeque<>();
        Parley parley = Parley.wire(new Ports(store, store.feeds(), queue::add), TODAY, Settings.defaults());
        ExampleArticles.load().forEach(e -> parley.ingest().ingest(e.article(), e.file()));
        queue.forEach(parley.extract()::extract);
        ask = parley.ask();
    }

    @Test
    void whatASpeakerSaidAboutATopic() {
        Answer a = ask.ask("What did Lavrov say about Iran's nuclear programme?");

        assertEquals(Question.Intent.STATEMENTS, a.interpretation().intent());
        assertEquals("nuclear programme", a.interpretation().topic());
        assertEquals("Iran's nuclear programme", a.interpretation().about());
        assertFalse(a.results().isEmpty(), a.answer());
        a.results().forEach(r -> assertTrue(speaker(r).endsWith("Lavrov"), r.toString()));
        assertTrue(a.answer().startsWith("Found "), a.answer());
    }

    @Test
    void whomAPersonMetInACity() {
        Answer a = ask.ask("Who did Aref meet in Moscow?");

        assertEquals(Question.Intent.MEETINGS, a.interpretation().intent());
        assertEquals("Moscow", a.interpretation().location());
        assertFalse(a.results().isEmpty(), a.answer());
        assertTrue(a.answer().contains("Mishustin"), a.answer());
    }

    @Test
    void officialsOfTwoCountriesInAMonth() {
        Answer a = ask.ask("Which Russian officials met Iranian officials in November 2025?");

        assertEquals(List.of("Russia", "Iran"), a.interpretation().countries());
        assertEquals(LocalDate.of(2025, 11, 1), a.interpretation().from());
        assertEquals(LocalDate.of(2025, 11, 30), a.interpretation().to());
        assertFalse(a.results().isEmpty(), a.answer());
        a.results().forEach(r -> assertTrue(String.valueOf(r.get("date")).startsWith("2025-11")
                || String.valueOf(r.get("published")).startsWith("2025-11"), r.toString()));
    }

    @Test
    void lastContactBetweenTwoPeopleIsTheMostRecentOne() {
        Answer a = ask.ask("When did Araghchi last speak with Lavrov?");

        assertTrue(a.interpretation().latest());
        assertEquals(1, a.results().size(), a.answer());
        assertEquals("2025-11-19", String.valueOf(a.results().get(0).get("date")), a.answer());
    }

    @Test
    void whatTheOfficialsOfACountrySaidSkipsSpeakersWithNoCountry() {
        Answer a = ask.ask("What did Iranian officials say?");

        assertEquals(List.of("Iran"), a.interpretation().countries());
        assertFalse(a.results().isEmpty(), a.answer());
        a.results().forEach(r -> assertEquals("Iran", String.valueOf(((Map<?, ?>) r.get("speaker")).get("country")),
                r.toString()));
    }

    @Test
    void freeTextTopicFindsTheWordsInStatements() {
        Answer a = ask.ask("What was said about the snapback mechanism?");

        assertFalse(a.results().isEmpty(), a.answer());
        a.results().forEach(r -> assertTrue(String.valueOf(((Map<?, ?>) r.get("evidence")).get("text")).toLowerCase().contains("snapback"), r.toString()));
    }

    @Test
    void aQuestionWithNoAnswerSaysSoWithWhatItUnderstood() {
        Answer a = ask.ask("What did Lavrov say about sanctions on Venezuela?");

        assertEquals(List.of(), a.results());
        assertEquals("No statements by Sergey Lavrov about sanctions on Venezuela were found.", a.answer());
    }

    @Test
    void aNamesakeIsNotAnswered() {
        Answer a = ask.ask("What did Ahmad Santoso say about trade?");

        a.results().forEach(r -> assertEquals("Ahmad Santoso", speaker(r), r.toString()));
    }

    @Test
    void anUnknownPersonGetsAnHonestReply() {
        Answer a = ask.ask("What did Jacinda Ardern say about trade?");

        assertEquals(List.of(), a.results());
        assertEquals(List.of("Jacinda Ardern"), a.interpretation().unknownNames());
        assertTrue(a.answer().contains("No one named Jacinda Ardern is known"), a.answer());
    }

    @Test
    void relativeDatesResolveAgainstToday() {
        Answer a = ask.ask("What has Mishustin said about trade this month?");

        assertEquals(LocalDate.of(2025, 11, 1), a.interpretation().from());
        assertEquals(LocalDate.of(2025, 11, 30), a.interpretation().to());
        assertNull(a.interpretation().kind());
    }

    @SuppressWarnings("unchecked")
    private static String speaker(Map<String, Object> result) {
        return String.valueOf(((Map<String, Object>) result.get("speaker")).get("name"));
    }
}
