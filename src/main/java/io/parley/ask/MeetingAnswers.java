package io.parley.ask;

import io.parley.actors.ActorRef;
import io.parley.actors.NameForm;
import io.parley.model.Actor;
import io.parley.model.MeetingEntry;
import io.parley.store.MeetingFilter;
import io.parley.store.ParleyStore;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Answers "who met whom" questions: reads the first person's (or the first country's, or all) meetings in the
 * date range, keeps those with every person, every country and the place asked for, newest first, one per event
 * (a meeting several articles report is cited once, "reported by N sources").
 */
final class MeetingAnswers {

    private static final int SHOWN = 10;

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
        List<Reported> perEvent = Reported.firstOfEach(found, events.eventsOf(found));
        List<Reported> top = perEvent.subList(0, Math.min(q.latest() ? 1 : SHOWN, perEvent.size()));
        return new Answer(text, q, AnswerText.meetings(q, top), top.stream().map(Results::of).toList());
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
