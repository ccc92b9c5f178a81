package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.events.Event;
import io.parley.events.EventSource;
import io.parley.events.PlanOutcome;
import io.parley.model.MeetingEntry;
import io.parley.store.MeetingFilter;
import io.parley.store.PageRequest;
import io.parley.testing.Newsroom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, events across articles: one meeting in three outlets is one event with three sources, whatever order
 * the articles arrive in and however often they are extracted. Articles written for the test under
 * {@code events-across/}.
 */
class EventsAcrossArticlesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final List<Map.Entry<String, LocalDate>> ARTICLES = List.of(
            Map.entry("/events-across/helsinki-wire.txt", LocalDate.of(2026, 5, 12)),
            Map.entry("/events-across/helsinki-daily.txt", LocalDate.of(2026, 5, 12)),
            Map.entry("/events-across/helsinki-weekly.txt", LocalDate.of(2026, 5, 13)),
            Map.entry("/events-across/korhonen-call.txt", LocalDate.of(2026, 5, 20)),
            Map.entry("/events-across/santiago-return.txt", LocalDate.of(2026, 6, 2)));

    @Test
    void threeOutletsReportingTheHelsinkiTalksGiveOneEventWithThreeSources() {
        List<Event> events = events(read(ARTICLES));

        Event helsinki = events.stream().filter(e -> "Helsinki".equals(e.location())).findFirst().orElseThrow();
        assertEquals(3, helsinki.sourceCount(), helsinki.toString());
        assertEquals(LocalDate.of(2026, 5, 12), helsinki.date());
        assertEquals(List.of("anneli-korhonen", "rafael-quintana"), helsinki.participantIds().stream().sorted().toList());
        assertEquals(3, events.size(), events.toString());
        helsinki.sources().forEach(s -> assertEquals(true, s.evidence().text().contains("Quintana"), s.toString()));
    }

    @Test
    void eachMeetingNamesTheEventItReports() {
        Newsroom room = read(ARTICLES);
        List<MeetingEntry> meetings = room.store().meetings(MeetingFilter.any(), PageRequest.first(50)).items();

        Map<MeetingEntry, String> ids = room.parley().ask().events().eventIds(meetings);

        assertEquals(meetings.size(), ids.size());
        assertEquals(3, ids.values().stream().distinct().count());
        for (Event e : events(room)) {
            List<String> sourceArticles = e.sources().stream().map(EventSource::articleId).sorted().toList();
            assertEquals(sourceArticles, meetings.stream().filter(m -> e.id().equals(ids.get(m)))
                    .map(MeetingEntry::articleId).sorted().toList());
        }
    }

    @Test
    void articlesInAnyOrderGiveTheSameEvents() {
        List<Event> expected = events(read(ARTICLES));
        for (long seed = 1; seed <= 5; seed++) {
            List<Map.Entry<String, LocalDate>> shuffled = new ArrayList<>(ARTICLES);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, events(read(shuffled)), "seed " + seed + ": " + shuffled);
        }
    }

    @Test
    void reingestingAndReextractingLeavesTheEventsAsTheyWere() {
        Newsroom room = read(ARTICLES);
        List<Event> before = events(room);

        ARTICLES.forEach(a -> room.read(a.getKey(), a.getValue()));
        room.reextractAll();

        assertEquals(before, events(room));
    }

    @Test
    void anEventIsFoundByAnyOfItsReportsAndStaysWhole() {
        Newsroom room = read(ARTICLES);
        MeetingFilter lastDay = new MeetingFilter(null, null, LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 12), null);

        List<Event> found = room.parley().ask().events().events(lastDay, PageRequest.first(10)).items();

        assertEquals(1, found.size());
        assertEquals(3, found.get(0).sourceCount());
    }

    @Test
    void anAnswerCitesTheEventOnceAndSaysHowManySourcesReportIt() {
        Newsroom room = read(ARTICLES);

        Answer answer = room.parley().ask().ask("Who did Korhonen meet in Helsinki?");

        assertEquals(1, answer.results().size(), answer.results().toString());
        assertEquals(3, answer.results().get(0).get("sourceCount"));
        assertEquals(true, answer.answer().contains("reported by 3 sources"), answer.answer());
    }

    @Test
    void aTimelineShowsEachEventOnceWithItsSourceCount() {
        Newsroom room = read(ARTICLES);

        TimelineView timeline = TimelineView.of(room.store().timeline("rafael-quintana").orElseThrow());

        List<Object> counts = timeline.events().stream().filter(e -> "meeting".equals(e.get("type")))
                .map(e -> e.get("sourceCount")).toList();
        assertEquals(List.of(3, 1, 1), counts);
    }

    @Test
    void theGraphDrawsOneEdgePerEvent() {
        Newsroom room = read(ARTICLES);

        Graph graph = Graph.of(room.store().meetings(MeetingFilter.any(), PageRequest.first(50)).items());

        assertEquals(List.of(1, 1, 3), graph.edges().stream().map(Graph.Edge::sourceCount).sorted().toList());
        assertEquals(true, graph.toDot().contains("(3 sources)"), graph.toDot());
    }

    @Test
    void aPlannedVisitIsLinkedToTheTalksAndAnUnreportedOneIsOverdue() {
        Newsroom room = read(ARTICLES);
        room.read("/events-across/quintana-plans-visit.txt", LocalDate.of(2026, 5, 8))
                .read("/events-across/korhonen-plans-lima.txt", LocalDate.of(2026, 5, 25));

        List<Event> events = events(room);
        Event helsinki = events.stream().filter(e -> "Helsinki".equals(e.location()) && e.plan() == null)
                .findFirst().orElseThrow();
        Event visit = planTo(events, "rafael-quintana");
        Event lima = planTo(events, "elena-huaman");

        assertEquals(new PlanOutcome(PlanOutcome.State.HELD, helsinki.id()), visit.plan(), events.toString());
        assertEquals(new PlanOutcome(PlanOutcome.State.OVERDUE, null), lima.plan(), events.toString());
        String answer = room.parley().ask().ask("Who did Korhonen meet in Lima?").answer();
        assertEquals(true, answer.contains("overdue"), answer);
    }

    private static Event planTo(List<Event> events, String participant) {
        return events.stream().filter(e -> e.plan() != null && e.participantIds().contains(participant))
                .findFirst().orElseThrow(() -> new AssertionError("no plan with " + participant + ": " + events));
    }

    @Test
    void pagesOfEventsFollowEachOtherWithoutRepeats() {
        EventReader reader = read(ARTICLES).parley().ask().events();
        List<String> paged = new ArrayList<>();
        String token = null;
        do {
            var page = reader.events(MeetingFilter.any(), new PageRequest(1, token));
            page.items().forEach(e -> paged.add(e.id()));
            token = page.next();
        } while (token != null);

        assertEquals(reader.events(MeetingFilter.any(), PageRequest.first(10)).items().stream().map(Event::id).toList(), paged);
    }

    private static Newsroom read(List<Map.Entry<String, LocalDate>> articles) {
        Newsroom room = new Newsroom(TODAY);
        articles.forEach(a -> room.read(a.getKey(), a.getValue()));
        return room;
    }

    private static List<Event> events(Newsroom room) {
        return room.parley().ask().events().events(MeetingFilter.any(), PageRequest.first(50)).items();
    }
}
