package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.api.ApiRequest;
import io.parley.api.ApiResponse;
import io.parley.events.Event;
import io.parley.json.Json;
import io.parley.model.MeetingKind;
import io.parley.model.StatementEntry;
import io.parley.store.MeetingFilter;
import io.parley.store.PageRequest;
import io.parley.store.StatementFilter;
import io.parley.testing.Newsroom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, statements made at a meeting: stored with the meeting they were said at, named with its event in the
 * API, and told as "At a meeting with X in P on D, Y said …" in answers. Articles written for the test under
 * {@code said-at/}, beside the Helsinki reports of {@code events-across/}.
 */
class StatementsAtMeetingsTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-10T12:00:00Z"), ZoneOffset.UTC);

    private static Newsroom newsroom() {
        return new Newsroom(TODAY)
                .read("/events-across/helsinki-wire.txt", LocalDate.of(2026, 5, 12))
                .read("/said-at/helsinki-remarks.txt", LocalDate.of(2026, 5, 13))
                .read("/said-at/ottawa-and-call.txt", LocalDate.of(2026, 5, 20));
    }

    private static StatementEntry said(Newsroom room, String speaker, String words) {
        return room.store().statements(new StatementFilter(speaker, null, null, null, null), PageRequest.first(50))
                .items().stream().filter(s -> s.statement().evidence().text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement of " + speaker + " with " + words));
    }

    @Test
    void aStatementAfterTheTalksIsStoredWithThoseTalks() {
        StatementEntry s = said(newsroom(), "Quintana", "After the talks");

        assertNotNull(s.meeting());
        assertEquals("Helsinki", s.meeting().meeting().location());
        assertEquals(s.articleId(), s.meeting().articleId());
        assertEquals("at-meeting:told-before", s.statement().meeting().rule());
    }

    @Test
    void aStatementMadeInAnotherMonthIsStoredWithoutAMeeting() {
        assertNull(said(newsroom(), "Quintana", "In March").meeting());
    }

    @Test
    void ofTwoMeetingsInOneArticleEachStatementGoesToItsOwn() {
        Newsroom room = newsroom();

        assertEquals(MeetingKind.IN_PERSON, said(room, "Korhonen", "joint press conference").meeting().meeting().kind());
        assertEquals(MeetingKind.PHONE_CALL, said(room, "Korhonen", "During the call").meeting().meeting().kind());
        assertEquals(List.of("anneli-korhonen", "rafael-quintana"),
                said(room, "Korhonen", "During the call").meeting().participantIds().stream().sorted().toList());
    }

    @Test
    void theApiNamesTheMeetingAndTheEventItBelongsTo() {
        Newsroom room = newsroom();
        Event helsinki = room.parley().ask().events().events(new MeetingFilter("Quintana", null, null, null, null),
                PageRequest.first(10)).items().stream().filter(e -> "Helsinki".equals(e.location())).findFirst().orElseThrow();

        ApiResponse response = room.parley().api().handle(new ApiRequest("GET", "/statements", Map.of("speaker", "Quintana"), null));

        JsonNode items = Json.read(response.json(), JsonNode.class).path("items");
        JsonNode after = find(items, "After the talks");
        assertEquals(2, helsinki.sourceCount());
        assertEquals(helsinki.id(), after.path("meeting").path("eventId").asText());
        assertEquals("Helsinki", after.path("meeting").path("meeting").path("location").asText());
        assertEquals("after the talks", after.path("statement").path("meeting").path("phrase").asText());
        assertTrue(find(items, "In March").path("meeting").isNull());
    }

    private static JsonNode find(JsonNode items, String words) {
        for (JsonNode item : items) {
            if (item.path("statement").path("evidence").path("text").asText().contains(words)) {
                return item;
            }
        }
        throw new AssertionError("no item with " + words + " in " + items);
    }

    @Test
    void anAnswerSaysAtWhichMeetingTheWordsWereSaid() {
        Answer answer = newsroom().parley().ask().ask("What did Quintana say about the mining delegation?");

        assertTrue(answer.answer().contains("At a meeting with Anneli Korhonen in Helsinki on 2026-05-12, Rafael Quintana"
                + " said: Chile would send a mining delegation"), answer.answer());
        assertEquals("Helsinki", ((Map<?, ?>) ((Map<?, ?>) answer.results().get(0).get("atMeeting")).get("meeting"))
                .get("location"));
    }

    @Test
    void aPhoneCallIsToldAsOne() {
        Answer answer = newsroom().parley().ask().ask("What did Korhonen say about the battery memorandum?");

        assertTrue(answer.answer().contains("In a phone call with Rafael Quintana on 2026-05-19, Anneli Korhonen said"),
                answer.answer());
    }

    @Test
    void reingestingAndReextractingGiveTheSameLinks() {
        Newsroom room = newsroom();
        List<StatementEntry> before = room.store().statements(StatementFilter.any(), PageRequest.first(50)).items();

        room.read("/said-at/helsinki-remarks.txt", LocalDate.of(2026, 5, 13)).reextractAll();

        assertEquals(before, room.store().statements(StatementFilter.any(), PageRequest.first(50)).items());
        assertEquals(4, before.stream().filter(s -> s.meeting() != null).count(), before.toString());
    }
}
