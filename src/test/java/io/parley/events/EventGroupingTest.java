package io.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import io.parley.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventGroupingTest {

    private static final Actor RUIZ = new Actor("Ana Ruiz", "Foreign Minister", "Spain");
    private static final Actor BERG = new Actor("Tomas Berg", "Foreign Minister", "Sweden");
    private static final Actor OKAFOR = new Actor("Ngozi Okafor", "Foreign Minister", "Nigeria");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void reportsOfOneMeetingInSeveralArticlesAreOneEventCountingItsArticles() {
        List<Event> events = EventGrouping.group(List.of(
                report("a1", MONDAY, "Valletta", MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a2", MONDAY, null, MeetingKind.IN_PERSON, BERG, RUIZ),
                report("a3", MONDAY.plusDays(1), "Valletta", MeetingKind.IN_PERSON, RUIZ, BERG)));

        assertEquals(1, events.size());
        Event event = events.get(0);
        assertEquals(3, event.sourceCount());
        assertEquals(List.of("a1", "a2", "a3"), event.sources().stream().map(EventSource::articleId).toList());
        assertEquals("a2: Tomas Berg met Ana Ruiz.", event.sources().get(1).evidence().text());
        assertEquals(MONDAY, event.date());
        assertEquals(MONDAY.plusDays(1), event.lastDate());
        assertEquals("Valletta", event.location());
    }

    @Test
    void twoMentionsInOneArticleAreOneSource() {
        MeetingEntry first = report("a1", MONDAY, "Valletta", MeetingKind.IN_PERSON, RUIZ, BERG);
        MeetingEntry again = new MeetingEntry("a1", "a1", MONDAY, meeting("a1: Ruiz and Berg met again.", 40,
                MONDAY, null, MeetingKind.IN_PERSON, RUIZ, BERG), ids(RUIZ, BERG));

        Event event = EventGrouping.group(List.of(first, again)).get(0);

        assertEquals(1, event.sourceCount());
        assertEquals(2, event.sources().size());
    }

    @Test
    void datesTwoDaysApartAreTwoEvents() {
        List<Event> events = EventGrouping.group(List.of(
                report("a1", MONDAY, null, MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a2", MONDAY.plusDays(2), null, MeetingKind.IN_PERSON, RUIZ, BERG)));

        assertEquals(List.of(MONDAY.plusDays(2), MONDAY), events.stream().map(Event::date).toList());
        assertNotEquals(events.get(0).id(), events.get(1).id());
    }

    @Test
    void anotherKindAnotherPlaceOrAnotherPartyIsAnotherEvent() {
        List<Event> events = EventGrouping.group(List.of(
                report("a1", MONDAY, "Valletta", MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a2", MONDAY, null, MeetingKind.PHONE_CALL, RUIZ, BERG),
                report("a3", MONDAY, "Vienna", MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a4", MONDAY, "Valletta", MeetingKind.IN_PERSON, RUIZ, BERG, OKAFOR)));

        assertEquals(4, events.size());
        assertEquals(4, events.stream().map(Event::id).distinct().count());
    }

    @Test
    void aSecondEventOnTheSameDayIsNamedTheSameWhateverOtherDaysAreKnown() {
        MeetingEntry valletta = report("a1", MONDAY, "Valletta", MeetingKind.IN_PERSON, RUIZ, BERG);
        MeetingEntry vienna = report("a2", MONDAY, "Vienna", MeetingKind.IN_PERSON, RUIZ, BERG);
        List<MeetingEntry> earlier = List.of(report("a3", MONDAY.minusDays(30), null, MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a4", MONDAY.minusDays(60), null, MeetingKind.IN_PERSON, RUIZ, BERG));
        List<MeetingEntry> all = new ArrayList<>(earlier);
        all.addAll(List.of(valletta, vienna));

        List<String> alone = EventGrouping.group(List.of(valletta, vienna)).stream().map(Event::id).sorted().toList();
        List<String> withEarlier = EventGrouping.group(all).stream().filter(e -> e.date().equals(MONDAY))
                .map(Event::id).sorted().toList();

        assertEquals(2, alone.stream().distinct().count());
        assertEquals(alone, withEarlier);
    }

    @Test
    void aWindowIsClosedWhenNoReportLiesAtItsEnds() {
        List<MeetingEntry> reports = List.of(report("a1", MONDAY, null, MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a2", MONDAY.plusDays(1), null, MeetingKind.IN_PERSON, RUIZ, BERG));

        assertEquals(true, EventGrouping.closedWithin(reports, MONDAY.minusDays(1), MONDAY.plusDays(2)));
        assertEquals(false, EventGrouping.closedWithin(reports, MONDAY, MONDAY.plusDays(2)));
        assertEquals(false, EventGrouping.closedWithin(reports, MONDAY.minusDays(1), MONDAY.plusDays(1)));
        assertEquals(true, EventGrouping.closedWithin(List.of(), MONDAY, MONDAY));
    }

    @Test
    void aPlannedMeetingIsNotMergedWithTheHeldOne() {
        MeetingEntry held = report("a1", MONDAY, null, MeetingKind.IN_PERSON, RUIZ, BERG);
        MeetingEntry planned = new MeetingEntry("a2", "a2", MONDAY.minusDays(1), new Meeting(List.of(RUIZ, BERG),
                MeetingKind.IN_PERSON, MeetingStatus.PLANNED, null, MONDAY, "on Monday", List.of(),
                new Span(0, 4, "will"), "test"), ids(RUIZ, BERG));

        assertEquals(2, EventGrouping.group(List.of(held, planned)).size());
    }

    @Test
    void anUndatedReportStaysAnEventOfItsOwn() {
        MeetingEntry undated = new MeetingEntry("a1", "a1", null, meeting("a1: Ruiz met Berg.", 0, null, null,
                MeetingKind.IN_PERSON, RUIZ, BERG), ids(RUIZ, BERG));
        MeetingEntry dated = report("a2", MONDAY, null, MeetingKind.IN_PERSON, RUIZ, BERG);

        List<Event> events = EventGrouping.group(List.of(undated, dated));

        assertEquals(2, events.size());
        assertEquals(null, events.get(1).date());
    }

    @Test
    void anyOrderOfTheSameMeetingsGivesTheSameEvents() {
        List<MeetingEntry> meetings = new ArrayList<>(List.of(
                report("a1", MONDAY, "Valletta", MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a2", MONDAY, null, MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a3", MONDAY.plusDays(1), "Vienna", MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a4", MONDAY.plusDays(1), "Valletta", MeetingKind.IN_PERSON, BERG, RUIZ),
                report("a5", MONDAY.plusDays(2), null, MeetingKind.IN_PERSON, RUIZ, BERG),
                report("a6", MONDAY, null, MeetingKind.PHONE_CALL, RUIZ, OKAFOR)));
        List<Event> expected = EventGrouping.group(meetings);
        for (long seed = 1; seed <= 20; seed++) {
            Collections.shuffle(meetings, new Random(seed));
            assertEquals(expected, EventGrouping.group(meetings), "seed " + seed);
        }
    }

    @Test
    void theIdOfAnEventStaysWhenALaterReportJoinsIt() {
        MeetingEntry first = report("a1", MONDAY, null, MeetingKind.IN_PERSON, RUIZ, BERG);
        String alone = EventGrouping.group(List.of(first)).get(0).id();

        String joined = EventGrouping.group(List.of(first,
                report("a2", MONDAY.plusDays(1), "Valletta", MeetingKind.IN_PERSON, RUIZ, BERG))).get(0).id();

        assertEquals(alone, joined);
    }

    private static MeetingEntry report(String article, LocalDate date, String place, MeetingKind kind, Actor... who) {
        String sentence = article + ": " + who[0].name() + " met " + who[1].name() + ".";
        return new MeetingEntry(article, article, date, meeting(sentence, 0, date, place, kind, who), ids(who));
    }

    private static Meeting meeting(String sentence, int start, LocalDate date, String place, MeetingKind kind, Actor... who) {
        return new Meeting(List.of(who), kind, MeetingStatus.HELD, place, date, date == null ? null : "on Monday",
                List.of(), new Span(start, start + sentence.length(), sentence), "test");
    }

    private static List<String> ids(Actor... who) {
        return java.util.Arrays.stream(who).map(a -> a.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-')).toList();
    }
}
