package io.parley.store;

import io.parley.actors.NameForm;
import io.parley.model.ActorProfile;
import io.parley.model.MeetingEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Answers a {@link MeetingFilter}: reads the narrowest partition, checks every condition on each meeting. */
final class MeetingSearch {

    private final FactQuery<MeetingEntry> query;
    private final ActorDirectory directory;
    private final TableLayout layout;

    MeetingSearch(FactQuery<MeetingEntry> query, ActorDirectory directory, TableLayout layout) {
        this.query = query;
        this.directory = directory;
        this.layout = layout;
    }

    Page<MeetingEntry> run(MeetingFilter filter, PageRequest page) {
        Set<String> actorIds = filter.actorId() != null ? Set.of(filter.actorId())
                : filter.actor() == null ? null : ids(directory.find(filter.actor()));
        List<FactQuery.Partition> partitions = partitions(filter, actorIds, layout.unsharded());
        if (partitions.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return query.run(partitions, Keys.factLow(Keys.FactType.MEETING, filter.from()),
                Keys.factHigh(Keys.FactType.MEETING, filter.to()), matches(filter, actorIds), page);
    }

    /**
     * The meetings of each filter, read to their ends (at most {@code cap} per partition), all filters at once;
     * a filter of several partitions gets theirs merged newest first.
     */
    List<List<MeetingEntry>> each(List<MeetingFilter> filters, int cap) {
        List<FactQuery.Range> ranges = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Predicate<MeetingEntry>> keeps = new ArrayList<>();
        for (int f = 0; f < filters.size(); f++) {
            MeetingFilter filter = filters.get(f);
            Set<String> actorIds = filter.actorId() != null ? Set.of(filter.actorId())
                    : filter.actor() == null ? null : ids(directory.find(filter.actor()));
            keeps.add(matches(filter, actorIds));
            for (FactQuery.Partition p : partitions(filter, actorIds, layout.unsharded())) {
                ranges.add(new FactQuery.Range(p, Keys.factLow(Keys.FactType.MEETING, filter.from()),
                        Keys.factHigh(Keys.FactType.MEETING, filter.to())));
                owner.add(f);
            }
        }
        List<Map<String, MeetingEntry>> read = query.readEach(ranges, entry -> true, cap);
        List<Map<String, MeetingEntry>> merged = new ArrayList<>();
        filters.forEach(f -> merged.add(new TreeMap<>(Comparator.reverseOrder())));
        for (int r = 0; r < ranges.size(); r++) {
            Predicate<MeetingEntry> keep = keeps.get(owner.get(r));
            Map<String, MeetingEntry> into = merged.get(owner.get(r));
            read.get(r).forEach((fact, entry) -> {
                if (keep.test(entry)) {
                    into.putIfAbsent(fact, entry);
                }
            });
        }
        return merged.stream().map(m -> List.copyOf(m.values())).toList();
    }

    static Set<String> ids(List<ActorProfile> profiles) {
        return profiles.stream().map(ActorProfile::id).collect(Collectors.toSet());
    }

    /** The partitions to read; {@code unsharded}: also the all-meetings partition of tables written before shards. */
    static List<FactQuery.Partition> partitions(MeetingFilter filter, Set<String> actorIds, boolean unsharded) {
        if (actorIds != null) {
            return actorIds.stream().sorted().map(id -> FactQuery.Partition.table(Keys.actorId(id))).toList();
        }
        if (filter.country() != null) {
            return List.of(FactQuery.Partition.table(Keys.country(filter.country())));
        }
        return Keys.typeShards(Keys.FactType.MEETING, unsharded).stream().map(FactQuery.Partition::gsi1).toList();
    }

    static Predicate<MeetingEntry> matches(MeetingFilter filter, Set<String> actorIds) {
        return entry -> (filter.kind() == null || entry.meeting().kind() == filter.kind())
                && (actorIds == null || entry.participantIds().stream().anyMatch(actorIds::contains))
                && (filter.country() == null
                    || entry.meeting().participants().stream().anyMatch(a -> sameKey(a.country(), filter.country())));
    }

    static boolean sameKey(String a, String b) {
        return a != null && NameForm.key(a).equals(NameForm.key(b));
    }
}
