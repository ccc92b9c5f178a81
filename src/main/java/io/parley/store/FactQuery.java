package io.parley.store;

import static io.parley.store.Attributes.s;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * Reads facts newest first from one or more partitions (an actor, a country, a topic, or all facts of a
 * type), keeps those of their article's current extraction that the predicate accepts, merges the partitions
 * by fact key and cuts one page. The partitions are read at once ({@link Parallel}), a query each per round, and
 * the versions of a round's items in one {@code BatchGetItem}, so an unfiltered listing of the 8 shards costs one
 * round trip of queries and one of versions. The page token is the last fact key returned, so the next page reads
 * strictly older facts. A request reads at most its budget of items ({@link #READ_BUDGET}, or the page size
 * plus one if larger, shared by the partitions): a filter that matches little answers a short page with a
 * {@code next} token where it stopped instead of reading the whole table.
 */
final class FactQuery<T> {

    /** The most fact items one page request reads, unless the page itself is larger. */
    static final int READ_BUDGET = 1_000;
    /**
     * The smallest query batch after the first: a partition first reads just what the page wants (an unfiltered
     * page of 20 costs 21 items a partition, not its whole share), then, when a filter left it short, batches
     * of at least this many items.
     */
    private static final int MIN_BATCH = 250;
    private static final int MIN_SHARE = 50;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Function<String, T> decode;
    private final int budget;

    FactQuery(DynamoDbClient dynamo, String table, Function<String, T> decode, int budget) {
        this.dynamo = dynamo;
        this.table = table;
        this.decode = decode;
        this.budget = budget;
    }

    /** A partition to read: the index (or {@code null} for the table), its key attributes and value. */
    record Partition(String index, String pkAttribute, String skAttribute, String value) {

        static Partition table(String pk) {
            return new Partition(null, TableDefinition.PK, TableDefinition.SK, pk);
        }

        static Partition gsi1(String pk) {
            return new Partition(TableDefinition.GSI1, TableDefinition.GSI1_PK, TableDefinition.GSI1_SK, pk);
        }
    }

    /** The items each partition may read in one request. */
    static int share(int budget, int limit, int partitions) {
        return Math.max(MIN_SHARE, Math.max(budget, limit + 1) / Math.max(1, partitions));
    }

    Page<T> run(List<Partition> partitions, String low, String high, Predicate<T> keep, PageRequest page) {
        String after = page.token() == null ? null : PageToken.decode(page.token());
        String top = after != null && after.compareTo(high) < 0 ? after : high;
        Bounds bounds = new Bounds(low, top, after);
        Quota quota = new Quota(page.limit() + 1, share(budget, page.limit(), partitions.size()));
        List<Cursor> cursors = partitions.stream().map(Cursor::new).toList();
        CurrentVersions current = new CurrentVersions(dynamo, table);
        List<Cursor> open = cursors;
        while (!open.isEmpty()) {
            List<Cursor> round = open;
            List<QueryResponse> responses = Parallel.map(round, c -> dynamo.query(request(c.partition, bounds, c.start, c.batch(quota))));
            current.load(responses.stream().flatMap(r -> r.items().stream()).toList());
            for (int i = 0; i < round.size(); i++) {
                round.get(i).take(responses.get(i), current.keep(responses.get(i).items()), bounds, keep);
            }
            open = round.stream().filter(c -> c.wantsMore(quota)).toList();
        }
        Map<String, T> found = new LinkedHashMap<>();
        String resume = null;
        for (Cursor cursor : cursors) {
            cursor.found.forEach(found::putIfAbsent);
            resume = PageCut.higher(resume, cursor.resume(quota));
        }
        return PageCut.of(found, resume, page.limit());
    }

    /** One partition's facts between two sort keys, all of them (up to a cap), for {@link #readEach}. */
    record Range(Partition partition, String low, String high) {
    }

    /**
     * Every fact (up to {@code cap} each) of each range that the predicate accepts, by fact key newest first, in
     * the order of the ranges: the ranges are queried at once, a query each per round, and a round's versions read together, so
     * twenty small ranges cost about twenty queries and one version read, not twenty of each.
     */
    List<Map<String, T>> readEach(List<Range> ranges, Predicate<T> keep, int cap) {
        List<Cursor> cursors = ranges.stream().map(r -> new Cursor(r.partition())).toList();
        Map<Cursor, Bounds> bounds = new java.util.IdentityHashMap<>();
        for (int i = 0; i < ranges.size(); i++) {
            bounds.put(cursors.get(i), new Bounds(ranges.get(i).low(), ranges.get(i).high(), null));
        }
        Quota quota = new Quota(cap, cap);
        CurrentVersions current = new CurrentVersions(dynamo, table);
        List<Cursor> open = cursors;
        while (!open.isEmpty()) {
            List<Cursor> round = open;
            List<QueryResponse> responses = Parallel.map(round,
                    c -> dynamo.query(request(c.partition, bounds.get(c), c.start, c.batch(quota))));
            current.load(responses.stream().flatMap(r -> r.items().stream()).toList());
            for (int i = 0; i < round.size(); i++) {
                round.get(i).take(responses.get(i), current.keep(responses.get(i).items()), bounds.get(round.get(i)), keep);
            }
            open = round.stream().filter(c -> c.wantsMore(quota)).toList();
        }
        return cursors.stream().map(c -> c.found).toList();
    }

    /** The sort-key range of a request and the fact it resumes after. */
    private record Bounds(String low, String high, String after) {
    }

    /** How many matches a partition needs and how many items it may read. */
    private record Quota(int wanted, int budget) {
    }

    /**
     * Where the reading of one partition stands: its matches, the items it read and the lowest fact key among them,
     * and where its next query starts ({@code null} once it is read to its end). Every open partition queries once a
     * round, all at once, and the versions of the round's items are read together.
     */
    private final class Cursor {

        private final Partition partition;
        private final Map<String, T> found = new LinkedHashMap<>();
        private Map<String, AttributeValue> start;
        private int read;
        private String lowest;

        Cursor(Partition partition) {
            this.partition = partition;
        }

        /** The next query's size: just what the page wants at first, then batches of at least {@link #MIN_BATCH}. */
        int batch(Quota quota) {
            return Math.min(quota.budget() - read, read == 0 ? quota.wanted() : Math.max(quota.wanted(), MIN_BATCH));
        }

        void take(QueryResponse response, List<Map<String, AttributeValue>> currentItems, Bounds bounds, Predicate<T> keep) {
            read += response.items().size();
            if (!response.items().isEmpty()) {
                lowest = response.items().get(response.items().size() - 1).get(FactItems.FACT).s();
            }
            for (Map<String, AttributeValue> item : currentItems) {
                String fact = item.get(FactItems.FACT).s();
                T value = decode.apply(item.get(FactItems.DOC).s());
                if (!fact.equals(bounds.after()) && keep.test(value)) {
                    found.put(fact, value);
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        }

        boolean wantsMore(Quota quota) {
            return start != null && found.size() < quota.wanted() && read < quota.budget();
        }

        /** The lowest fact key read when the budget ran out before the page was full, else {@code null}. */
        String resume(Quota quota) {
            return start != null && found.size() < quota.wanted() ? lowest : null;
        }
    }

    private QueryRequest request(Partition p, Bounds bounds, Map<String, AttributeValue> start, int batch) {
        return QueryRequest.builder()
                .tableName(table)
                .indexName(p.index())
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#pk", p.pkAttribute(), "#sk", p.skAttribute()))
                .expressionAttributeValues(Map.of(":pk", s(p.value()), ":low", s(bounds.low()), ":high", s(bounds.high())))
                .scanIndexForward(false)
                .limit(batch)
                .exclusiveStartKey(start)
                .build();
    }
}
