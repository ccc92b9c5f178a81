package io.parley.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import io.parley.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowUpsTest {

    private static final Actor RUIZ = new Actor("Ana Ruiz", "Foreign Minister", "Spain");
    private static final Actor BERG = new Actor("Tomas Berg", "Foreign Minister", "Sweden");
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Test
    void aPlanIsLinkedToTheHeldMeetingALaterArticleReports() {
        List<Event> events = EventGrouping.group(List.of(
                entry("plan", MONDAY.minusDays(5), MONDAY, MeetingStatus.PLANNED, MeetingKind.IN_PERSON),
                entry("held", MONDAY, MONDAY, MeetingStatus.HELD, MeetingKind.IN_PERSON)));
        Event plan = events.stream().filter(e -> e.status() == MeetingStatus.PLANNED).findFirst().orElseThrow();
        Event held = events.stream().filter(e -> e.status() == MeetingStatus.HELD).findFirst().orElseThrow();

        Map<String, PlanOutcome> outcomes = FollowUps.of(events, MONDAY.plusDays(10));

        assertEquals(Map.of(plan.id(), new PlanOutcome(PlanOutcome.State.HELD, held.id())), outcomes);
    }

    @Test
    void aPlanWhoseDatePassedWithNoReportIsOverdueAndBeforeThatPending() {
        List<Event> events = EventGrouping.group(List.of(
                entry("plan", MONDAY.minusDays(5), MONDAY, MeetingStatus.PLANNED, MeetingKind.IN_PERSON),
                entry("older", MONDAY.minusDays(20), MONDAY.minusDays(20), MeetingStatus.HELD, MeetingKind.IN_PERSON),
                entry("call", MONDAY, MONDAY, MeetingStatus.HELD, MeetingKind.PHONE_CALL)));
        String plan = events.stream().filter(e -> e.status() == MeetingStatus.PLANNED).findFirst().orElseThrow().id();

        assertEquals(PlanOutcome.State.OVERDUE, FollowUps.of(events, MONDAY.plusDays(1)).get(plan).state());
        assertEquals(PlanOutcome.State.PENDING, FollowUps.of(events, MONDAY).get(plan).state());
    }

    @Test
    void aDatedPlanIsHeldByAMeetingWithinNinetyDaysOfItsDateNotByOneMonthsLater() {
        MeetingEntry plan = entry("plan", MONDAY.minusDays(5), MONDAY, MeetingStatus.PLANNED, MeetingKind.IN_PERSON);
        MeetingEntry late = entry("late", MONDAY.plusDays(120), MONDAY.plusDays(120), MeetingStatus.HELD, MeetingKind.IN_PERSON);
        MeetingEntry delayed = entry("delayed", MONDAY.plusDays(80), MONDAY.plusDays(80), MeetingStatus.HELD, MeetingKind.IN_PERSON);

        assertEquals(PlanOutcome.State.OVERDUE, outcomeOfPlan(List.of(plan, late)).state());
        assertEquals(PlanOutcome.State.HELD, outcomeOfPlan(List.of(plan, late, delayed)).state());
    }

    private static PlanOutcome outcomeOfPlan(List<MeetingEntry> meetings) {
        List<Event> events = EventGrouping.group(meetings);
        String plan = events.stream().filter(e -> e.status() == MeetingStatus.PLANNED).findFirst().orElseThrow().id();
        return FollowUps.of(events, MONDAY.plusDays(200)).get(plan);
    }

    @Test
    void anUndatedPlanWaitsThirtyDaysFromItsReport() {
        List<Event> events = EventGrouping.group(List.of(
                entry("plan", MONDAY, null, MeetingStatus.PLANNED, MeetingKind.UNSPECIFIED),
                entry("late", MONDAY.plusDays(40), MONDAY.plusDays(40), MeetingStatus.HELD, MeetingKind.IN_PERSON)));
        String plan = events.stream().filter(e -> e.status() == MeetingStatus.PLANNED).findFirst().orElseThrow().id();

        assertEquals(PlanOutcome.State.PENDING, FollowUps.of(events, MONDAY.plusDays(30)).get(plan).state());
        assertEquals(PlanOutcome.State.OVERDUE, FollowUps.of(events, MONDAY.plusDays(31)).get(plan).state());
    }

    private static MeetingEntry entry(String article, LocalDate published, LocalDate date, MeetingStatus status,
                                      MeetingKind kind) {
        String sentence = article + ": Ruiz and Berg.";
        return new MeetingEntry(article, article, published, new Meeting(List.of(RUIZ, BERG), kind, status, null, date,
                date == null ? null : "on Monday", List.of(), new Span(0, sentence.length(), sentence), "test"),
                List.of("ana-ruiz", "tomas-berg"));
    }
}
