package io.parley.ask;

import io.parley.events.Event;
import io.parley.events.EventGrouping;
import io.parley.events.FollowUps;
import io.parley.events.PlanOutcome;
import io.parley.model.MeetingEntry;
import io.parley.store.InvalidPageTokenException;
import io.parley.store.MeetingFilter;
import io.parley.store.Page;
import io.parley.store.PageRequest;
import io.parley.store.Parallel;
import io.parley.store.ParleyStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads events from the stored meetings: the meetings a filter matches, widened to every stored meeting of the
 * same participants (so an event is whole, and named the same, whichever filter or page found it), grouped by
 * {@link EventGrouping}, each plan followed to its outcome ({@link FollowUps}). Nothing about events is stored, so re-ingesting, re-extracting or any arrival order
 * cannot leave them different.
 */
public final class EventReader {

    private final ParleyStore store;
    private final Clock clock;

    /** Reads events from the store; {@code clock} (UTC) says when a plan's date has passed. */
    public EventReader(ParleyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * The events with at least one report matching the filter, newest first, a page at a time.
     *
     * @throws InvalidPageTokenException when the page's token is not one this method gave
     */
    public Page<Event> events(MeetingFilter filter, PageRequest page) {
        Position after = page.token() == null ? null : Position.decode(page.token());
        List<Event> all = eventsOf(Candidates.read(p -> store.meetings(filter, p)));
        List<Event> rest = all.stream().filter(e -> after == null || after.isBefore(e)).toList();
        List<Event> items = rest.subList(0, Math.min(page.limit(), rest.size()));
        String next = rest.size() > items.size() ? Position.of(items.get(items.size() - 1)).encode() : null;
        return new Page<>(items, next);
    }

    /** The id of the event each of these meetings reports. */
    public Map<MeetingEntry, String> eventIds(List<MeetingEntry> meetings) {
        Map<MeetingEntry, String> ids = new HashMap<>();
        for (Event event : eventsOf(meetings)) {
            meetings.stream().filter(event::reports).forEach(m -> ids.put(m, event.id()));
        }
        return ids;
    }

    /**
     * The whole events these meetings report, newest first. Every participant set is widened through its first
     * participant's meetings: each such actor's meetings are read once, all actors at once ({@link Parallel}).
     */
    public List<Event> eventsOf(List<MeetingEntry> meetings) {
        Map<String, List<MeetingEntry>> byFirst = meetingsOfFirstParticipants(meetings);
        Set<MeetingEntry> reports = new LinkedHashSet<>(meetings);
        Set<String> widened = new HashSet<>();
        for (MeetingEntry m : meetings) {
            List<String> set = participantSet(m);
            if (!set.isEmpty() && widened.add(String.join(",", set))) {
                byFirst.get(m.participantIds().get(0)).stream().filter(o -> participantSet(o).equals(set)).forEach(reports::add);
            }
        }
        List<Event> all = EventGrouping.group(new ArrayList<>(reports));
        Map<String, PlanOutcome> plans = FollowUps.of(all, LocalDate.now(clock));
        return all.stream().filter(e -> meetings.stream().anyMatch(e::reports))
                .map(e -> e.withPlan(plans.get(e.id()))).toList();
    }

    /** Every stored meeting of each meeting's first participant, by actor id; the actors read at once. */
    private Map<String, List<MeetingEntry>> meetingsOfFirstParticipants(List<MeetingEntry> meetings) {
        List<String> firsts = meetings.stream().filter(m -> !m.participantIds().isEmpty())
                .map(m -> m.participantIds().get(0)).distinct().toList();
        List<List<MeetingEntry>> read = Parallel.map(firsts, this::meetingsOf);
        Map<String, List<MeetingEntry>> byFirst = new HashMap<>();
        for (int i = 0; i < firsts.size(); i++) {
            byFirst.put(firsts.get(i), read.get(i));
        }
        return byFirst;
    }

    /** Every stored meeting of one actor. */
    private List<MeetingEntry> meetingsOf(String actorId) {
        MeetingFilter byActor = new MeetingFilter(null, null, null, null, null, actorId);
        return Candidates.read(p -> store.meetings(byActor, p));
    }

    private static List<String> participantSet(MeetingEntry m) {
        return m.participantIds().stream().distinct().sorted().toList();
    }

    /** Where a page ended: the last event's first date and id, in the order of {@link EventGrouping#NEWEST_FIRST}. */
    private record Position(LocalDate date, String id) {

        static Position of(Event e) {
            return new Position(e.date(), e.id());
        }

        /** Whether the event comes after this position in newest-first order. */
        boolean isBefore(Event e) {
            int byDate = Objects.compare(e.date(), date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
            return byDate > 0 || byDate == 0 && e.id().compareTo(id) > 0;
        }

        String encode() {
            String text = (date == null ? "-" : date.toString()) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String token) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\\|", 2);
                if (parts.length != 2 || !parts[1].startsWith("ev-")) {
                    throw new InvalidPageTokenException();
                }
                return new Position(parts[0].equals("-") ? null : LocalDate.parse(parts[0]), parts[1]);
            } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new InvalidPageTokenException();
            }
        }
    }
}
