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
import io.parley.store.ParleyStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads events from the stored meetings: the meetings a filter matches, widened to every stored meeting of the
 * same participants (so an event is whole, and named the same, whichever filter or page found it), grouped by
 * {@link EventGrouping}, each plan followed to its outcome ({@link FollowUps}). Nothing about events is stored, so re-ingesting, re-extracting or any arrival order
 * cannot leave them different.
 */
public final class EventReader {

    private final BiFunction<MeetingFilter, PageRequest, Page<MeetingEntry>> meetings;
    private final Clock clock;
    private final EventWindows windows;

    /** Reads events from the store; {@code clock} (UTC) says when a plan's date has passed. */
    public EventReader(ParleyStore store, Clock clock) {
        this(store::meetings, store::meetingsOfEach, clock);
    }

    /** Reads events from a meeting listing ({@link ParleyStore#meetings}: newest first, paged), read page by page. */
    EventReader(BiFunction<MeetingFilter, PageRequest, Page<MeetingEntry>> meetings, Clock clock) {
        this(meetings, filters -> filters.stream().map(f -> Candidates.read(p -> meetings.apply(f, p))).toList(), clock);
    }

    private EventReader(BiFunction<MeetingFilter, PageRequest, Page<MeetingEntry>> meetings,
                        Function<List<MeetingFilter>, List<List<MeetingEntry>>> each, Clock clock) {
        this.meetings = meetings;
        this.clock = clock;
        this.windows = new EventWindows(each);
    }

    /**
     * The events with at least one report matching the filter, newest first, a page at a time.
     *
     * @throws InvalidPageTokenException when the page's token is not one this method gave
     */
    public Page<Event> events(MeetingFilter filter, PageRequest page) {
        Position after = page.token() == null ? null : Position.decode(page.token());
        for (int n = 2 * (page.limit() + 1); ; n = Math.min(Candidates.CAP, 2 * n)) {
            List<MeetingEntry> newest = Candidates.read(p -> meetings.apply(filter, p), Math.min(n, Candidates.CAP));
            boolean all = newest.size() < n || n >= Candidates.CAP;
            List<Event> rest = settled(newest, all).stream().filter(e -> after == null || after.isBefore(e)).toList();
            if (all || rest.size() > page.limit()) {
                List<Event> items = rest.subList(0, Math.min(page.limit(), rest.size()));
                String next = rest.size() > items.size() ? Position.of(items.get(items.size() - 1)).encode() : null;
                return new Page<>(items, next);
            }
        }
    }

    /**
     * The events of the newest matching meetings that no older meeting can change or precede: those that began
     * after the oldest meeting's date (every matching report of such an event is among the meetings, since the
     * store lists newest first), or all of them when the meetings are all there are.
     */
    private List<Event> settled(List<MeetingEntry> newest, boolean all) {
        LocalDate oldest = all || newest.isEmpty() ? null : EventGrouping.day(newest.get(newest.size() - 1));
        return eventsOf(newest).stream()
                .filter(e -> all || e.date() != null && (oldest == null || e.date().isAfter(oldest))).toList();
    }

    /** The id of the event each of these meetings reports (an id needs no plan's outcome, so no reads ahead for it). */
    public Map<MeetingEntry, String> eventIds(List<MeetingEntry> meetings) {
        Map<MeetingEntry, String> ids = new HashMap<>();
        for (Event event : reported(meetings, EventGrouping.group(windows.reportsOf(meetings, false)))) {
            meetings.stream().filter(event::reports).forEach(m -> ids.put(m, event.id()));
        }
        return ids;
    }

    /**
     * The whole events these meetings report, newest first: each widened through its first participant's meetings
     * around its date ({@link EventWindows}), so the reads stay a few days of meetings per meeting.
     */
    public List<Event> eventsOf(List<MeetingEntry> meetings) {
        List<Event> all = EventGrouping.group(windows.reportsOf(meetings, true));
        Map<String, PlanOutcome> plans = FollowUps.of(all, LocalDate.now(clock));
        return reported(meetings, all).stream().map(e -> e.withPlan(plans.get(e.id()))).toList();
    }

    private static List<Event> reported(List<MeetingEntry> meetings, List<Event> events) {
        return events.stream().filter(e -> meetings.stream().anyMatch(e::reports)).toList();
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
