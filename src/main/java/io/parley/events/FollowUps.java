package io.parley.events;

import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Follows planned meetings to their outcome: a PLANNED event is linked to the earliest HELD event of the same
 * participant set whose date is no earlier than a day before the plan's date and at most {@link #DATED_GRACE_DAYS}
 * after it (an undated plan: no earlier than its first report, and within {@link #UNDATED_GRACE_DAYS}) and of a
 * compatible kind (the same, or either unspecified). A meeting of the same people months after the date a plan
 * named is another arrangement, not the plan's outcome; the bound also keeps what a reader must read to follow a
 * plan ({@link #REACH_DAYS}) small. With none, it is overdue once its date has passed, else pending. Pure: a function of the events
 * and today's date.
 */
public final class FollowUps {

    /** How long an undated plan ("will visit soon") waits for a report before it is overdue. */
    static final int UNDATED_GRACE_DAYS = 30;
    /** How long after its date a dated plan may be held to count as held. */
    static final int DATED_GRACE_DAYS = 90;
    /** How many days after a plan's date its outcome can lie: a reader that knows the reports this far ahead knows it. */
    public static final int REACH_DAYS = Math.max(UNDATED_GRACE_DAYS, DATED_GRACE_DAYS);

    private FollowUps() {
    }

    /** The outcome of every planned event among these, by event id. */
    public static Map<String, PlanOutcome> of(List<Event> events, LocalDate today) {
        Map<String, PlanOutcome> outcomes = new LinkedHashMap<>();
        for (Event plan : events) {
            if (plan.status() == MeetingStatus.PLANNED) {
                outcomes.put(plan.id(), outcome(plan, events, today));
            }
        }
        return outcomes;
    }

    private static PlanOutcome outcome(Event plan, List<Event> events, LocalDate today) {
        if (plan.date() == null || plan.participantIds().isEmpty()) {
            return new PlanOutcome(PlanOutcome.State.PENDING, null);
        }
        Optional<Event> held = events.stream().filter(e -> fulfils(e, plan))
                .min(Comparator.comparing(Event::date).thenComparing(Event::id));
        if (held.isPresent()) {
            return new PlanOutcome(PlanOutcome.State.HELD, held.get().id());
        }
        return today.isAfter(deadline(plan)) ? new PlanOutcome(PlanOutcome.State.OVERDUE, null)
                : new PlanOutcome(PlanOutcome.State.PENDING, null);
    }

    private static boolean fulfils(Event held, Event plan) {
        if (held.status() != MeetingStatus.HELD || held.date() == null || !sameSet(held, plan) || !kindsAgree(held, plan)) {
            return false;
        }
        LocalDate earliest = planned(plan).minusDays(EventGrouping.DAYS_APART);
        boolean inWindow = !held.date().isBefore(earliest);
        int grace = isDated(plan) ? DATED_GRACE_DAYS : UNDATED_GRACE_DAYS;
        return inWindow && ChronoUnit.DAYS.between(earliest, held.date()) <= grace;
    }

    /** The day a plan is for: its stated date, else the day it was first reported. */
    private static LocalDate planned(Event plan) {
        return plan.date();
    }

    private static LocalDate deadline(Event plan) {
        return isDated(plan) ? plan.lastDate() : plan.date().plusDays(UNDATED_GRACE_DAYS);
    }

    /** Whether a source of the plan states the meeting's date (not only the article's). */
    private static boolean isDated(Event plan) {
        return plan.sources().stream().anyMatch(s -> s.date() != null);
    }

    private static boolean sameSet(Event a, Event b) {
        return a.participantIds().stream().distinct().sorted().toList()
                .equals(b.participantIds().stream().distinct().sorted().toList());
    }

    private static boolean kindsAgree(Event a, Event b) {
        return a.kind() == b.kind() || a.kind() == MeetingKind.UNSPECIFIED || b.kind() == MeetingKind.UNSPECIFIED;
    }
}
