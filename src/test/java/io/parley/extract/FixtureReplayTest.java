package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import io.parley.model.Span;
import io.parley.model.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Replays every fixture article and checks the invariants, then the facts each one was written for. */
class FixtureReplayTest {

    static final List<String> FIXTURES = List.of("tehran-visit", "moscow-call", "washington-planned", "nyt-style",
            "summit-sidelines", "broken-chars");
    private static final java.util.Map<String, LocalDate> PUBLISHED = java.util.Map.of("tehran-visit",
            LocalDate.of(2025, 11, 19), "moscow-call", LocalDate.of(2025, 11, 18), "washington-planned",
            LocalDate.of(2025, 3, 6), "nyt-style", LocalDate.of(2025, 1, 16), "summit-sidelines",
            LocalDate.of(2025, 5, 9));

    static Extraction extract(String id) {
        String text = Texts.resource("/articles/" + id + ".txt");
        return Texts.EXTRACTOR.extractOrThrow(new Article(new ArticleInfo(id, null, PUBLISHED.get(id), null, null), text));
    }

    static Stream<String> fixtures() {
        return FIXTURES.stream();
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void keepsEvidenceAndQuotesVerbatimAndIsDeterministic(String id) {
        String text = Texts.resource("/articles/" + id + ".txt");
        Extraction x = extract(id);
        assertFalse(x.statements().isEmpty() && x.meetings().isEmpty(), id + " found nothing");
        for (Statement s : x.statements()) {
            assertSpan(text, s.evidence());
            assertTrue(s.quote() == null || s.evidence().text().contains(s.quote()), s.quote());
            assertTrue(s.quote() == null || text.contains(s.quote()));
            assertTrue(s.meeting() == null || x.meetings().get(s.meeting().index()).participants().stream()
                    .anyMatch(p -> SaidAtMeeting.samePerson(p, s.speaker())), "said at a meeting of its speaker: " + s);
        }
        for (Meeting m : x.meetings()) {
            assertSpan(text, m.evidence());
            assertTrue(m.participants().size() >= 2);
        }
        assertEquals(x, extract(id));
    }

    private static void assertSpan(String text, Span span) {
        assertEquals(text.substring(span.start(), span.end()), span.text());
    }

    private static List<String> names(Meeting m) {
        return m.participants().stream().map(Actor::name).toList();
    }

    private static List<String> speakers(Extraction x) {
        return x.statements().stream().map(s -> s.speaker().name()).distinct().toList();
    }

    @Test
    void tehranVisitResolvesTitlesPronounsAndHeadlineQuote() {
        Extraction x = extract("tehran-visit");
        Meeting m = x.meetings().get(0);
        assertEquals(List.of("Reza Karimifar", "Oleg Varlamov"), names(m));
        assertEquals(new Actor("Reza Karimifar", "First Vice-President", "Iran"), m.participants().get(0));
        assertEquals("Moscow", m.location());
        assertEquals(LocalDate.of(2025, 11, 17), m.date());
        assertEquals(8, x.statements().size());
        assertEquals("Our treaty is a road map", x.statements().get(0).quote());
        assertEquals(List.of("Reza Karimifar", "Oleg Varlamov"), speakers(x));
    }

    @Test
    void moscowCallFindsPhoneCallAndInstitutions() {
        Extraction x = extract("moscow-call");
        Meeting m = x.meetings().get(0);
        assertEquals(MeetingKind.PHONE_CALL, m.kind());
        assertEquals(List.of("Viktor Samsonov", "Kemal Aydinli"), names(m));
        assertTrue(speakers(x).containsAll(List.of("Kremlin", "Russian Foreign Ministry", "Pavel Drozdov")));
        assertFalse(speakers(x).contains("Officials"));
    }

    @Test
    void washingtonPlannedFindsPlannedVisitsAndQuoteAcrossParagraphs() {
        Extraction x = extract("washington-planned");
        assertEquals(MeetingStatus.PLANNED, x.meetings().get(0).status());
        assertEquals(LocalDate.of(2025, 3, 11), x.meetings().get(0).date());
        assertEquals(List.of("Louis Garneau", "Daniel Hart"), names(x.meetings().get(1)));
        assertTrue(x.statements().stream().anyMatch(s -> "Tariffs would hurt workers on both sides of the border."
                .equals(s.quote()) && s.speaker().name().equals("Claire Duval")));
    }

    @Test
    void nytStyleReadsDoubledApostropheQuotesAndTalksBetweenCountries() {
        Extraction x = extract("nyt-style");
        assertEquals(List.of("Germany", "Poland"), names(x.meetings().get(0)));
        assertEquals(List.of("Jonas Reuter", "Tadeusz Wrona"), names(x.meetings().get(1)));
        assertEquals(LocalDate.of(2025, 1, 14), x.meetings().get(1).date());
        assertTrue(x.statements().stream().anyMatch(s -> "But the numbers are still too high.".equals(s.quote())
                && s.speaker().name().equals("Jonas Reuter")));
        assertTrue(speakers(x).contains("Helen Marsh"));
    }

    @Test
    void summitSidelinesFindsHostsReceptionsAndVideoCall() {
        Extraction x = extract("summit-sidelines");
        assertEquals(3, x.meetings().size());
        assertEquals("Riyadh", x.meetings().get(0).location());
        assertEquals(MeetingKind.VIDEO_CALL, x.meetings().get(2).kind());
        assertTrue(speakers(x).contains("Saudi Foreign Ministry"));
    }

    @Test
    void brokenCharsKeepsAbsoluteDatesAndNoDateWithoutPublication() {
        Extraction x = extract("broken-chars");
        assertEquals("Yerevan", x.meetings().get(0).location());
        assertEquals(null, x.meetings().get(0).date());
        assertEquals("last Friday", x.meetings().get(0).dateText());
        assertEquals(List.of("Anton Weber", "Aram Petrosyan"), speakers(x));
    }
}
