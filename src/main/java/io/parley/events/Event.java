package io.parley.events;

import io.parley.model.Actor;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One meeting as several articles report it.
 *
 * @param id             stable: a hash of the participant ids, kind, status, first date and first stated place
 * @param participants   as the earliest report names them (same order as {@code participantIds})
 * @param date           the earliest date a source gives (or its publication date), {@code null} when none has one
 * @param lastDate       the latest such date (equal to {@code date} unless reports differ by a day)
 * @param location       the place the sources state, or {@code null}
 * @param sourceCount    how many different articles report it
 * @param sources        every report, oldest first, each with its own evidence sentence
 * @param plan           a planned event's outcome (held as which event, overdue or pending), {@code null} for a held one
 */
public record Event(String id, MeetingKind kind, MeetingStatus status, List<Actor> participants,
                    List<String> participantIds, LocalDate date, LocalDate lastDate, String location,
                    List<String> topics, int sourceCount, List<EventSource> sources, PlanOutcome plan) {

    public Event {
        participants = List.copyOf(participants);
        participantIds = List.copyOf(participantIds);
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
    }

    /** The same event with the outcome {@link FollowUps} gave it ({@code null}: none). */
    public Event withPlan(PlanOutcome outcome) {
        return new Event(id, kind, status, participants, participantIds, date, lastDate, location, topics,
                sourceCount, sources, outcome);
    }

    /** Whether this stored meeting is one of the event's reports. */
    public boolean reports(MeetingEntry entry) {
        return sources.stream().anyMatch(s -> s.articleId().equals(entry.articleId())
                && s.evidence().equals(entry.meeting().evidence()));
    }
}
