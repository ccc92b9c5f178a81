package io.parley.ask;

import io.parley.events.EventGrouping;
import io.parley.events.FollowUps;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingStatus;
import io.parley.store.MeetingFilter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the stored reports that make the events of some meetings whole: every report of the same participant set
 * that its first participant's meetings hold around each meeting's date. A meeting's window is {@link #FIRST_REACH}
 * days either side (a plan's also {@link FollowUps#REACH_DAYS} ahead, where its outcome lies); the windows of one
 * actor that overlap are read as one, all windows at once ({@link io.parley.store.ParleyStore#meetingsOfEach}). A window is grown (times
 * {@link #GROWTH}) while a report of the set lies at one of its ends ({@link EventGrouping#closedWithin}), so the
 * events are exactly those all of the actor's meetings would give; past {@link #MAX_REACH} days the actor's
 * meetings are read whole. The reads so stay a few days of one actor's meetings per meeting, however many
 * meetings the actor has had.
 */
final class EventWindows {

    /** The days either side of a meeting read at first. */
    static final int FIRST_REACH = 7;
    /** How much a window not yet closed grows per round. */
    static final int GROWTH = 4;
    /** The widest window read by dates; beyond it the first participant's meetings are read whole. */
    static final int MAX_REACH = FIRST_REACH * GROWTH * GROWTH * GROWTH;

    private final Function<List<MeetingFilter>, List<List<MeetingEntry>>> read;

    /** {@code read} gives the stored meetings each filter matches (as {@link io.parley.store.ParleyStore#meetingsOfEach}). */
    EventWindows(Function<List<MeetingFilter>, List<List<MeetingEntry>>> read) {
        this.read = read;
    }

    /**
     * The meetings, then every stored report of the same participant sets their events need; with
     * {@code plans}, also those a plan's outcome needs.
     */
    List<MeetingEntry> reportsOf(List<MeetingEntry> meetings, boolean plans) {
        Set<MeetingEntry> reports = new LinkedHashSet<>(meetings);
        List<Target> pending = meetings.stream().map(m -> Target.of(m, plans)).filter(t -> t != null).distinct().toList();
        for (int reach = FIRST_REACH; !pending.isEmpty(); reach *= GROWTH) {
            pending = round(pending, reach, reports);
        }
        return new ArrayList<>(reports);
    }

    /** Reads the targets' windows of this reach, adds the reports of those closed and returns the others. */
    private List<Target> round(List<Target> targets, int reach, Set<MeetingEntry> reports) {
        boolean whole = reach > MAX_REACH;
        Map<Window, List<MeetingEntry>> found = readAll(windows(targets, reach, whole));
        List<Target> open = new ArrayList<>();
        for (Target t : targets) {
            Window mine = t.window(reach, whole);
            Map.Entry<Window, List<MeetingEntry>> w = found.entrySet().stream()
                    .filter(e -> e.getKey().holds(mine)).findFirst().orElseThrow();
            List<MeetingEntry> same = w.getValue().stream().filter(o -> participantSet(o).equals(t.set())).toList();
            if (whole || EventGrouping.closedWithin(same, w.getKey().from(), w.getKey().to())) {
                reports.addAll(same);
            } else {
                open.add(t);
            }
        }
        return open;
    }

    /** The windows the targets need, those of one actor that overlap merged into one. */
    static List<Window> windows(List<Target> targets, int reach, boolean whole) {
        Map<String, List<Window>> byActor = new LinkedHashMap<>();
        targets.stream().map(t -> t.window(reach, whole))
                .sorted(Comparator.comparing(Window::actorId).thenComparing(Window::from, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(w -> {
                    List<Window> merged = byActor.computeIfAbsent(w.actorId(), k -> new ArrayList<>());
                    Window last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
                    if (last != null && last.overlaps(w)) {
                        merged.set(merged.size() - 1, last.joined(w));
                    } else {
                        merged.add(w);
                    }
                });
        return byActor.values().stream().flatMap(List::stream).toList();
    }

    private Map<Window, List<MeetingEntry>> readAll(List<Window> windows) {
        List<List<MeetingEntry>> read = this.read.apply(windows.stream().map(Window::filter).toList());
        Map<Window, List<MeetingEntry>> out = new LinkedHashMap<>();
        for (int i = 0; i < windows.size(); i++) {
            out.put(windows.get(i), read.get(i));
        }
        return out;
    }

    static List<String> participantSet(MeetingEntry m) {
        return m.participantIds().stream().distinct().sorted().toList();
    }

    /** A meeting to make whole: its first participant, participant set, day and whether it is a plan. */
    record Target(String actorId, List<String> set, LocalDate day, boolean planned) {

        /**
         * The target of a meeting ({@code plans}: a plan's reaches ahead to its outcome), or {@code null} when it
         * needs no reads (no participant ids, or no date at all).
         */
        static Target of(MeetingEntry m, boolean plans) {
            LocalDate day = EventGrouping.day(m);
            if (m.participantIds().isEmpty() || day == null) {
                return null;
            }
            return new Target(m.participantIds().get(0), participantSet(m), day,
                    plans && m.meeting().status() == MeetingStatus.PLANNED);
        }

        Window window(int reach, boolean whole) {
            if (whole) {
                return new Window(actorId, null, null);
            }
            return new Window(actorId, day.minusDays(reach), day.plusDays(reach + (planned ? FollowUps.REACH_DAYS : 0)));
        }
    }

    /** One actor's meetings dated from {@code from} to {@code to} (inclusive); both {@code null}: all of them. */
    record Window(String actorId, LocalDate from, LocalDate to) {

        boolean overlaps(Window later) {
            return from == null || !later.from().isAfter(to.plusDays(1));
        }

        Window joined(Window later) {
            return from == null ? this : new Window(actorId, from, to.isAfter(later.to()) ? to : later.to());
        }

        boolean holds(Window w) {
            return actorId.equals(w.actorId()) && (from == null
                    || w.from() != null && !w.from().isBefore(from) && !w.to().isAfter(to));
        }

        MeetingFilter filter() {
            return new MeetingFilter(null, null, from, to, null, actorId);
        }
    }
}
