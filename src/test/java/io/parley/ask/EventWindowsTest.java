package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.events.Event;
import io.parley.events.EventGrouping;
import io.parley.events.FollowUps;
import io.parley.events.PlanOutcome;
import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import io.parley.model.Span;
import io.parley.store.MeetingFilter;
import io.parley.store.Page;
import io.parley.store.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Events read through windows around each meeting's date are exactly the events all stored meetings give, while
 * the reads stay a few days of the first participant's meetings, however long its history.
 */
class EventWindowsTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final List<Actor> ACTORS = List.of(new Actor("Ana Ruiz", "Foreign Minister", "Spain"),
            new Actor("Tomas Berg", "Foreign Minister", "Sweden"), new Actor("Leila Haddad", "Prime Minister", "Lebanon"),
            new Actor("Kenji Mori", "Foreign Minister", "Japan"), new Actor("Olu Adeyemi", "President", "Nigeria"));
    private static final List<String> PLACES = java.util.Arrays.asList(null, null, "Madrid", "Tokyo");

    /** A listing over a fixed set of meetings that counts what it returns, as the store lists them. */
    private static final class Listing {
        private final List<MeetingEntry> stored;
        int itemsRead;
        int requests;

        Listing(List<MeetingEntry> stored) {
            this.stored = stored.stream().sorted(NEWEST_FIRST).toList();
        }

        Page<MeetingEntry> meetings(MeetingFilter f, PageRequest page) {
            requests++;
            int from = page.token() == null ? 0 : Integer.parseInt(page.token());
            List<MeetingEntry> matching = stored.stream().filter(m -> matches(f, m)).toList();
            int to = Math.min(matching.size(), from + page.limit());
            itemsRead += to - from;
            return new Page<>(matching.subList(from, to), to < matching.size() ? String.valueOf(to) : null);
        }

        private static boolean matches(MeetingFilter f, MeetingEntry m) {
            LocalDate day = EventGrouping.day(m);
            return (f.actorId() == null || m.participantIds().contains(f.actorId()))
                    && (f.from() == null || day != null && !day.isBefore(f.from()))
                    && (f.to() == null || day != null && !day.isAfter(f.to()));
        }
    }

    /** The store's order: fact keys newest first (undated last), then article and position. */
    private static final Comparator<MeetingEntry> NEWEST_FIRST = Comparator
            .comparing(EventGrouping::day, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(MeetingEntry::articleId, Comparator.reverseOrder())
            .thenComparing(m -> m.meeting().evidence().start(), Comparator.reverseOrder());

    @Test
    void theEventsAndEventIdsOfEachMeetingAreThoseOfAllStoredMeetings() {
        List<MeetingEntry> stored = history(new Random(7), 600);
        Listing listing = new Listing(stored);
        EventReader reader = new EventReader(listing::meetings, TODAY);
        List<Event> everything = withPlans(EventGrouping.group(stored));

        for (MeetingEntry m : stored) {
            List<Event> expected = everything.stream().filter(e -> e.reports(m)).toList();
            assertEquals(expected, reader.eventsOf(List.of(m)), m.toString());
            assertEquals(expected.get(0).id(), reader.eventIds(List.of(m)).get(m), m.toString());
        }
        assertTrue(everything.stream().anyMatch(e -> e.plan() != null && e.plan().state() == PlanOutcome.State.HELD),
                "the history has plans that were held");
        assertTrue(everything.stream().anyMatch(e -> e.sourceCount() >= 30), "the history has a long chain of days");
    }

    @Test
    void widenedMeetingsReadAFewDaysOfTheFirstParticipantNotItsWholeHistory() {
        List<MeetingEntry> stored = new ArrayList<>();
        for (int day = 0; day < 3_000; day++) {
            stored.add(report("daily-" + day, START.plusDays(day), null, MeetingStatus.HELD, 0, 1 + day % 4));
        }
        Listing listing = new Listing(stored);
        EventReader reader = new EventReader(listing::meetings, TODAY);
        MeetingEntry one = stored.get(1_500);

        List<Event> events = reader.eventsOf(List.of(one));

        assertEquals(withPlans(EventGrouping.group(stored)).stream().filter(e -> e.reports(one)).toList(), events);
        assertTrue(listing.itemsRead <= 2 * EventWindows.FIRST_REACH + 1, "read " + listing.itemsRead + " meetings");
    }

    @Test
    void pagesOfEventsAreTheEventsOfAllMatchingMeetingsNewestFirst() {
        List<MeetingEntry> stored = history(new Random(11), 400);
        int firstPageReads = assertPagesAreAllEvents(stored);

        long ruizMeetings = stored.stream().filter(m -> m.participantIds().contains("ana-ruiz")).count();
        assertTrue(firstPageReads < ruizMeetings / 2, "the first page read " + firstPageReads + " of " + ruizMeetings);
    }

    /**
     * One person meets someone every day, each meeting reported by up to five outlets, some dating it a day later:
     * a page's newest meetings end in the middle of a day, next to events that began the day before.
     */
    @Test
    void pagesStayWholeWhenManyReportsOfAdjacentDaysFillThem() {
        List<MeetingEntry> stored = new ArrayList<>();
        Random random = new Random(3);
        for (int day = 0; day < 120; day++) {
            int other = 1 + day % 4;
            for (int k = 0; k <= random.nextInt(5); k++) {
                stored.add(report("d" + day + "-" + k, START.plusDays(day + random.nextInt(2)), null, MeetingStatus.HELD, 0, other));
            }
        }
        assertPagesAreAllEvents(stored);
    }

    /** Walks every page of one person's events, checks them against all events and says what the first page read. */
    private static int assertPagesAreAllEvents(List<MeetingEntry> stored) {
        Listing listing = new Listing(stored);
        EventReader reader = new EventReader(listing::meetings, TODAY);
        MeetingFilter byRuiz = new MeetingFilter(null, null, null, null, null, "ana-ruiz");
        List<Event> expected = withPlans(EventGrouping.group(stored)).stream()
                .filter(e -> stored.stream().anyMatch(m -> e.reports(m) && m.participantIds().contains("ana-ruiz")))
                .toList();

        List<Event> paged = new ArrayList<>();
        String token = null;
        int firstPageReads = -1;
        do {
            Page<Event> page = reader.events(byRuiz, new PageRequest(7, token));
            firstPageReads = firstPageReads < 0 ? listing.itemsRead : firstPageReads;
            paged.addAll(page.items());
            token = page.next();
        } while (token != null);

        assertEquals(expected, paged);
        return firstPageReads;
    }

    private static List<Event> withPlans(List<Event> events) {
        Map<String, PlanOutcome> plans = FollowUps.of(events, LocalDate.now(TODAY));
        return events.stream().map(e -> e.withPlan(plans.get(e.id()))).toList();
    }

    /**
     * Meetings of pairs and trios of five people over three years: several reports of one meeting a day apart,
     * same-day meetings in two places, plans (some held days or weeks later), reports dated by their article only, reports with no date at all, and one pair meeting
     * on forty days in a row.
     */
    private static List<MeetingEntry> history(Random random, int count) {
        List<MeetingEntry> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate day = START.plusDays(random.nextInt(1_100));
            int[] who = random.nextInt(4) == 0 ? new int[] {random.nextInt(2), 2 + random.nextInt(3), 4}
                    : new int[] {random.nextInt(2), 2 + random.nextInt(3)};
            MeetingStatus status = random.nextInt(6) == 0 ? MeetingStatus.PLANNED : MeetingStatus.HELD;
            String place = PLACES.get(random.nextInt(PLACES.size()));
            out.add(report("a" + i, random.nextInt(25) == 0 ? null : day, place, status, who));
            if (random.nextInt(3) == 0) {
                out.add(report("b" + i, day.plusDays(random.nextInt(2)), place, status, who));
            }
            if (status == MeetingStatus.PLANNED && random.nextBoolean()) {
                out.add(report("h" + i, day.plusDays(random.nextInt(60)), null, MeetingStatus.HELD, who));
            }
        }
        for (int x = 0; x < 3; x++) {
            out.add(report("x" + x, null, null, MeetingStatus.HELD, 0, 2));
        }
        for (int d = 0; d < 40; d++) {
            out.add(report("run" + d, START.plusDays(400 + d), "Geneva", MeetingStatus.HELD, 0, 3));
        }
        return out;
    }

    private static MeetingEntry report(String article, LocalDate date, String place, MeetingStatus status, int... who) {
        List<Actor> people = java.util.Arrays.stream(who).mapToObj(ACTORS::get).toList();
        String sentence = article + ": " + String.join(" and ", people.stream().map(Actor::name).toList()) + " met.";
        LocalDate published = article.startsWith("x") ? null
                : date == null ? START.plusDays(article.hashCode() & 511) : date.plusDays(1);
        Meeting meeting = new Meeting(people, MeetingKind.IN_PERSON, status, place, date, date == null ? null : "on Monday",
                List.of(), new Span(0, sentence.length(), sentence), "test");
        return new MeetingEntry(article, article, published, meeting,
                people.stream().map(a -> a.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-')).toList());
    }
}
