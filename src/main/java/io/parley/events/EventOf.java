package io.parley.events;

import io.parley.model.Meeting;
import io.parley.model.MeetingEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/** Builds one {@link Event} from a cluster of reports in canonical order, and names it. */
final class EventOf {

    private EventOf() {
    }

    static Event cluster(String groupKey, List<MeetingEntry> reports, int taken) {
        MeetingEntry first = reports.get(0);
        Meeting m = first.meeting();
        LocalDate date = EventGrouping.day(first);
        LocalDate lastDate = EventGrouping.day(reports.get(reports.size() - 1));
        String location = reports.stream().map(r -> r.meeting().location()).filter(Objects::nonNull).findFirst().orElse(null);
        List<String> topics = reports.stream().flatMap(r -> r.meeting().topics().stream()).distinct().sorted().toList();
        List<EventSource> sources = reports.stream().sorted(Comparator.comparing(MeetingEntry::published,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(MeetingEntry::articleId)
                        .thenComparingInt(r -> r.meeting().evidence().start()))
                .map(EventOf::source).toList();
        int count = (int) reports.stream().map(MeetingEntry::articleId).distinct().count();
        return new Event(id(groupKey, first, taken), m.kind(), m.status(), m.participants(), first.participantIds(),
                date, lastDate, location, topics, count, sources, null);
    }

    /**
     * The event's id: a hash of the participant set, kind, status and first date, so adding a later report
     * keeps it; a report with no date adds its article and offsets (it is an event of its own). A second event
     * of the same set on the same first date (another place) adds how many events of the set began that day
     * before it.
     */
    static String id(String groupKey, MeetingEntry first, int taken) {
        LocalDate day = EventGrouping.day(first);
        String anchor = day != null ? day.toString()
                : "undated:" + first.articleId() + ":" + first.meeting().evidence().start();
        return "ev-" + sha256(groupKey + "|" + anchor + (taken == 0 ? "" : "#" + taken)).substring(0, 16);
    }

    private static EventSource source(MeetingEntry r) {
        return new EventSource(r.articleId(), r.articleTitle(), r.published(), r.meeting().date(),
                r.meeting().location(), r.meeting().evidence());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
