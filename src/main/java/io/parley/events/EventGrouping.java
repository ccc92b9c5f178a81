package io.parley.events;

import io.parley.actors.NameForm;
import io.parley.model.MeetingEntry;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups the stored meetings of all articles into events. Two reports are the same event when they have the same
 * participant set, kind and status, their dates (a report's own date, else its publication date) are at most
 * {@link #DAYS_APART} apart from the latest report already in the event, and they state the same place or at
 * most one of them states one. A report with no date at all stays an event of its own.
 *
 * <p>Order-independent by construction: the reports are first put in one canonical order (by participant set,
 * then date, stated place, article id, evidence offsets) and only then grouped, so the result is a function of
 * the set of meetings, whatever order the articles arrived in; the same set always gives the same event ids.
 */
public final class EventGrouping {

    /** How far apart two reports of one event may date it. */
    static final int DAYS_APART = 1;

    private static final Comparator<MeetingEntry> CANONICAL = Comparator
            .comparing(EventGrouping::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EventGrouping::place, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MeetingEntry::articleId)
            .thenComparingInt(e -> e.meeting().evidence().start())
            .thenComparingInt(e -> e.meeting().evidence().end());

    private EventGrouping() {
    }

    /** The events these meetings report, newest first (by first date, then id); each meeting is in exactly one. */
    public static List<Event> group(List<MeetingEntry> meetings) {
        Map<String, List<MeetingEntry>> bySet = new TreeMap<>();
        for (MeetingEntry m : meetings) {
            bySet.computeIfAbsent(groupKey(m), k -> new ArrayList<>()).add(m);
        }
        List<Event> events = new ArrayList<>();
        bySet.forEach((key, reports) -> events.addAll(named(key, clusters(reports))));
        events.sort(NEWEST_FIRST);
        return events;
    }

    /**
     * The clusters of one participant set as events; a second event on the same first date gets a distinct id,
     * numbered by how many events of the set began that day before it, so that the id depends on that day's
     * reports only (whatever other dates of the set were read with them).
     */
    private static List<Event> named(String key, List<List<MeetingEntry>> clusters) {
        Map<String, Integer> sameStart = new HashMap<>();
        List<Event> events = new ArrayList<>();
        for (List<MeetingEntry> cluster : clusters) {
            Event event = EventOf.cluster(key, cluster, 0);
            int before = sameStart.merge(event.id(), 1, Integer::sum) - 1;
            events.add(before == 0 ? event : EventOf.cluster(key, cluster, before));
        }
        return events;
    }

    /**
     * Whether the events of these reports (of one participant set) that have a report inside {@code [from, to]}
     * are whole when only the reports dated in that window are known: no report lies within {@link #DAYS_APART}
     * of either end, so no event reaches across an end. An undated report counts for nothing (it is an event of its own).
     */
    public static boolean closedWithin(List<MeetingEntry> reports, LocalDate from, LocalDate to) {
        return reports.stream().map(EventGrouping::day).filter(Objects::nonNull)
                .noneMatch(d -> ChronoUnit.DAYS.between(from, d) < DAYS_APART || ChronoUnit.DAYS.between(d, to) < DAYS_APART);
    }

    /** Newest first: by first date (undated last), then by id. */
    public static final Comparator<Event> NEWEST_FIRST = Comparator
            .comparing(Event::date, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(Event::id);

    /** The participant set (sorted actor ids, a folded name for a participant without one), kind and status. */
    static String groupKey(MeetingEntry m) {
        return String.join(",", participantKeys(m)) + "|" + m.meeting().kind() + "|" + m.meeting().status();
    }

    static List<String> participantKeys(MeetingEntry m) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < m.meeting().participants().size(); i++) {
            keys.add(i < m.participantIds().size() ? m.participantIds().get(i)
                    : "~" + NameForm.key(m.meeting().participants().get(i).name()));
        }
        return keys.stream().distinct().sorted().toList();
    }

    private static List<List<MeetingEntry>> clusters(List<MeetingEntry> reports) {
        List<MeetingEntry> ordered = reports.stream().distinct().sorted(CANONICAL).toList();
        List<List<MeetingEntry>> clusters = new ArrayList<>();
        for (MeetingEntry m : ordered) {
            clusters.stream().filter(c -> joins(c, m)).findFirst()
                    .orElseGet(() -> {
                        List<MeetingEntry> fresh = new ArrayList<>();
                        clusters.add(fresh);
                        return fresh;
                    }).add(m);
        }
        return clusters;
    }

    /** Whether a report (later or equal in canonical order) belongs to a cluster begun before it. */
    private static boolean joins(List<MeetingEntry> cluster, MeetingEntry m) {
        LocalDate last = day(cluster.get(cluster.size() - 1));
        if (last == null || day(m) == null || ChronoUnit.DAYS.between(last, day(m)) > DAYS_APART) {
            return false;
        }
        String stated = place(cluster);
        return stated == null || place(m) == null || stated.equals(place(m));
    }

    /** The date a report gives the meeting, else the day its article was published. */
    public static LocalDate day(MeetingEntry m) {
        return m.meeting().date() != null ? m.meeting().date() : m.published();
    }

    /** The folded place a report states, or {@code null}. */
    static String place(MeetingEntry m) {
        String location = m.meeting().location();
        return location == null || NameForm.key(location).isEmpty() ? null : NameForm.key(location);
    }

    /** The first place stated in a cluster, or {@code null}. */
    static String place(List<MeetingEntry> cluster) {
        return cluster.stream().map(EventGrouping::place).filter(Objects::nonNull).findFirst().orElse(null);
    }
}
