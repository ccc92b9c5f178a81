package io.parley.store;

import io.parley.model.Actor;
import io.parley.model.MeetingEntry;
import java.util.List;
import java.util.function.Predicate;

/** Answers a {@link MeetingFilter}: reads the narrowest partition, checks every condition on each meeting. */
final class MeetingSearch {

    private final FactQuery<MeetingEntry> query;
    private final ActorDirectory directory;

    MeetingSearch(FactQuery<MeetingEntry> query, ActorDirectory directory) {
        this.query = query;
        this.directory = directory;
    }

    Page<MeetingEntry> run(MeetingFilter filter, PageRequest page) {
        List<FactQuery.Partition> partitions = partitions(filter);
        if (partitions.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return query.run(partitions, Keys.factLow(Keys.FactType.MEETING, filter.from()),
                Keys.factHigh(Keys.FactType.MEETING, filter.to()), matches(filter), page);
    }

    private List<FactQuery.Partition> partitions(MeetingFilter filter) {
        if (filter.actor() != null) {
            return directory.find(filter.actor()).stream().map(a -> FactQuery.Partition.table(Keys.actor(a.name()))).toList();
        }
        if (filter.country() != null) {
            return List.of(FactQuery.Partition.table(Keys.country(filter.country())));
        }
        return List.of(FactQuery.Partition.gsi1(Keys.type(Keys.FactType.MEETING)));
    }

    private static Predicate<MeetingEntry> matches(MeetingFilter filter) {
        return entry -> (filter.kind() == null || entry.meeting().kind() == filter.kind())
                && (filter.actor() == null || entry.meeting().participants().stream().anyMatch(a -> named(a, filter.actor())))
                && (filter.country() == null
                    || entry.meeting().participants().stream().anyMatch(a -> sameKey(a.country(), filter.country())));
    }

    static boolean named(Actor actor, String query) {
        return actor.name() != null && Names.words(actor.name()).containsAll(Names.words(query));
    }

    static boolean sameKey(String a, String b) {
        return a != null && Names.key(a).equals(Names.key(b));
    }
}
