package io.parley.ask;

import io.parley.actors.ActorRef;
import io.parley.actors.NameForm;
import io.parley.model.Actor;
import io.parley.model.MeetingEntry;
import io.parley.store.MeetingFilter;
import io.parley.store.ParleyStore;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Answers "who met whom" questions: reads the first person's (or the first country's, or all) meetings in the
 * date range, keeps those with every person, every country and the place asked for, newest first, one per event
 * (a meeting several articles report is cited once, "reported by N sources"); only the newest are widened to
 * their events ({@link #WIDENED}), enough for the events shown.
 */
final class MeetingAnswers {

    private static final int SHOWN = 10;
    /**
     * How many distinct first participants the newest meetings found are widened to their whole events through
     * at first ({@link EventReader#eventsOf} reads each one's meetings): twice the events shown, doubled only if
     * they give fewer events than are shown, up to {@link #MAX_WIDENED}. A question whose filter matches thousands
     * of meetings (a country's officials over months) so reads a bounded number of actors, not every first
     * participant it found.
     */
    static final int WIDENED = 2 * SHOWN;
    /** The most first participants one question widens through. */
    static final int MAX_WIDENED = 8 * WIDENED;

    private final ParleyStore store;
    private final EventReader events;

    MeetingAnswers(ParleyStore store, EventReader events) {
        this.store = store;
        this.events = events;
    }

    Answer answer(String text, Question q) {
        if (!q.unknownNames().isEmpty() && q.participants().isEmpty()) {
            return new Answer(text, q, AnswerText.meetings(q, List.of()), List.of());
        }
        List<Set<String>> people = q.participants().stream().map(ref -> Set.of(ref.id())).toList();
        ActorRef first = q.participants().isEmpty() ? null : q.participants().get(0);
        MeetingFilter filter = new MeetingFilter(first == null ? null : first.name(),
                first == null && !q.countries().isEmpty() ? q.countries().get(0) : null, q.from(), q.to(), q.kind(),
                first == null ? null : first.id());
        List<MeetingEntry> found = Candidates.read(page -> store.meetings(filter, page)).stream()
                .filter(e -> people.stream().allMatch(ids -> e.participantIds().stream().anyMatch(ids::contains)))
                .filter(e -> q.countries().stream().allMatch(c -> hasCountry(e, c, people)))
                .filter(e -> q.location() == null || samePlace(e.meeting().location(), q.location()))
                .sorted(Comparator.comparing(MeetingAnswers::date, Comparator.reverseOrder()))
                .toList();
        int shown = q.latest() ? 1 : SHOWN;
        List<Reported> perEvent = newestEvents(found, shown);
        List<Reported> top = perEvent.subList(0, Math.min(shown, perEvent.size()));
        return new Answer(text, q, AnswerText.meetings(q, top), top.stream().map(Results::of).toList());
    }

    /** The newest meetings found, one per event, widening as few first participants as give {@code shown} events. */
    private List<Reported> newestEvents(List<MeetingEntry> found, int shown) {
        for (int actors = WIDENED; ; actors *= 2) {
            List<MeetingEntry> newest = newestOf(found, actors);
            List<Reported> perEvent = Reported.firstOfEach(newest, events.eventsOf(newest));
            if (perEvent.size() >= shown || newest.size() == found.size() || actors >= MAX_WIDENED) {
                return perEvent;
            }
        }
    }

    /**
     * The newest meetings (of {@code found}, newest first) up to where a meeting with a first participant beyond
     * the first {@code actors} distinct ones would come; meetings without participant ids cost no read and are kept.
     */
    static List<MeetingEntry> newestOf(List<MeetingEntry> found, int actors) {
        Set<String> firsts = new HashSet<>();
        int end = 0;
        while (end < found.size()) {
            List<String> ids = found.get(end).participantIds();
            if (!ids.isEmpty() && !firsts.contains(ids.get(0)) && firsts.size() == actors) {
                break;
            }
            if (!ids.isEmpty()) {
                firsts.add(ids.get(0));
            }
            end++;
        }
        return found.subList(0, end);
    }

    /** A participant of the country, other than the people named in the question. */
    private static boolean hasCountry(MeetingEntry e, String country, List<Set<String>> people) {
        List<Actor> participants = e.meeting().participants();
        for (int i = 0; i < participants.size(); i++) {
            String id = i < e.participantIds().size() ? e.participantIds().get(i) : null;
            boolean named = people.stream().anyMatch(ids -> ids.contains(id));
            if (!named && country.equalsIgnoreCase(String.valueOf(participants.get(i).country()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePlace(String a, String b) {
        return a != null && NameForm.key(a).equals(NameForm.key(b));
    }

    static String date(MeetingEntry e) {
        Object d = e.meeting().date() != null ? e.meeting().date() : e.published();
        return d == null ? "" : d.toString();
    }
}
