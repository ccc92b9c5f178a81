package io.parley.store;

import io.parley.actors.NameForm;
import io.parley.model.Statement;
import io.parley.model.StatementEntry;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** Answers a {@link StatementFilter}: reads the narrowest partition, checks every condition on each statement. */
final class StatementSearch {

    private final FactQuery<StatementEntry> query;
    private final ActorDirectory directory;

    StatementSearch(FactQuery<StatementEntry> query, ActorDirectory directory) {
        this.query = query;
        this.directory = directory;
    }

    Page<StatementEntry> run(StatementFilter filter, PageRequest page) {
        Set<String> speakerIds = filter.speakerId() != null ? Set.of(filter.speakerId())
                : filter.speaker() == null ? null : MeetingSearch.ids(directory.find(filter.speaker()));
        List<FactQuery.Partition> partitions = partitions(filter, speakerIds);
        if (partitions.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return query.run(partitions, Keys.factLow(Keys.FactType.STATEMENT, filter.from()),
                Keys.factHigh(Keys.FactType.STATEMENT, filter.to()), matches(filter, speakerIds), page);
    }

    static List<FactQuery.Partition> partitions(StatementFilter filter, Set<String> speakerIds) {
        if (speakerIds != null) {
            return speakerIds.stream().sorted().map(id -> FactQuery.Partition.table(Keys.actorId(id))).toList();
        }
        if (filter.topic() != null) {
            return List.of(FactQuery.Partition.table(Keys.topic(filter.topic())));
        }
        return List.of(FactQuery.Partition.gsi1(Keys.type(Keys.FactType.STATEMENT)));
    }

    static Predicate<StatementEntry> matches(StatementFilter filter, Set<String> speakerIds) {
        return entry -> (speakerIds == null || speakerIds.contains(entry.speakerId()))
                && (filter.topic() == null
                    || entry.statement().topics().stream().anyMatch(t -> MeetingSearch.sameKey(t, filter.topic())))
                && (filter.words() == null || containsWords(entry.statement(), filter.words()));
    }

    private static boolean containsWords(Statement statement, String words) {
        String haystack = " " + String.join(" ", NameForm.words(statement.content() + " " + statement.quote())) + " ";
        return NameForm.words(words).stream().allMatch(w -> haystack.contains(" " + w.toLowerCase(Locale.ROOT) + " "));
    }
}
