package io.parley.store;

import io.parley.actors.NameForm;
import io.parley.model.Statement;
import io.parley.model.StatementEntry;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Answers a {@link StatementFilter}: reads the narrowest partition (a speaker, a topic, the postings of the
 * words asked, or all statements), checks every condition on each statement.
 */
final class StatementSearch {

    private final FactQuery<StatementEntry> query;
    private final TermSearch terms;
    private final ActorDirectory directory;
    private final TableLayout layout;

    StatementSearch(FactQuery<StatementEntry> query, TermSearch terms, ActorDirectory directory, TableLayout layout) {
        this.query = query;
        this.terms = terms;
        this.directory = directory;
        this.layout = layout;
    }

    Page<StatementEntry> run(StatementFilter filter, PageRequest page) {
        Optional<TermFilter> byWords = byWords(filter);
        if (byWords.isPresent()) {
            return terms.run(byWords.get(), matches(filter, null), page);
        }
        Set<String> speakerIds = filter.speakerId() != null ? Set.of(filter.speakerId())
                : filter.speaker() == null ? null : MeetingSearch.ids(directory.find(filter.speaker()));
        List<FactQuery.Partition> partitions = partitions(filter, speakerIds, layout.unsharded());
        if (partitions.isEmpty()) {
            return new Page<>(List.of(), null);
        }
        return query.run(partitions, Keys.factLow(Keys.FactType.STATEMENT, filter.from()),
                Keys.factHigh(Keys.FactType.STATEMENT, filter.to()), matches(filter, speakerIds), page);
    }

    /**
     * The postings to read for a filter of words alone (no speaker, no topic): one group per indexed word.
     * Empty when the filter names a speaker or topic (their partitions are narrower) or every word is unindexed.
     */
    static Optional<TermFilter> byWords(StatementFilter filter) {
        if (filter.words() == null || filter.speaker() != null || filter.speakerId() != null || filter.topic() != null) {
            return Optional.empty();
        }
        List<Set<String>> groups = SearchTerms.of(filter.words()).stream().filter(SearchTerms::indexed).distinct()
                .map(Set::of).toList();
        return groups.isEmpty() ? Optional.empty() : Optional.of(new TermFilter(groups, filter.from(), filter.to()));
    }

    /** The partitions to read; {@code unsharded}: also the all-statements partition of tables written before shards. */
    static List<FactQuery.Partition> partitions(StatementFilter filter, Set<String> speakerIds, boolean unsharded) {
        if (speakerIds != null) {
            return speakerIds.stream().sorted().map(id -> FactQuery.Partition.table(Keys.actorId(id))).toList();
        }
        if (filter.topic() != null) {
            return List.of(FactQuery.Partition.table(Keys.topic(filter.topic())));
        }
        return Keys.typeShards(Keys.FactType.STATEMENT, unsharded).stream().map(FactQuery.Partition::gsi1).toList();
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
