package io.parley.store;

import static io.parley.store.Attributes.s;

import java.util.ArrayList;
import java.util.Comparator;
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
 * type), keeps those the predicate accepts, merges the partitions by fact key and cuts one page. The page
 * token is the last fact key returned, so the next page reads strictly older facts.
 */
final class FactQuery<T> {

    private static final int MAX_READ_BATCH = 1_000;

    private final DynamoDbClient dynamo;
    private final String table;
    private final Function<String, T> decode;

    FactQuery(DynamoDbClient dynamo, String table, Function<String, T> decode) {
        this.dynamo = dynamo;
        this.table = table;
        this.decode = decode;
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

    Page<T> run(List<Partition> partitions, String low, String high, Predicate<T> keep, PageRequest page) {
        String after = page.token() == null ? null : PageToken.decode(page.token());
        String top = after != null && after.compareTo(high) < 0 ? after : high;
        Map<String, T> found = new LinkedHashMap<>();
        for (Partition partition : partitions) {
            read(partition, low, top, after, keep, page.limit() + 1).forEach(found::putIfAbsent);
        }
        List<String> facts = new ArrayList<>(found.keySet());
        facts.sort(Comparator.reverseOrder());
        List<String> shown = facts.subList(0, Math.min(page.limit(), facts.size()));
        String next = facts.size() > page.limit() ? PageToken.encode(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(found::get).toList(), next);
    }

    private Map<String, T> read(Partition p, String low, String high, String after, Predicate<T> keep, int wanted) {
        Map<String, T> found = new LinkedHashMap<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryResponse response = dynamo.query(request(p, low, high, start, Math.min(MAX_READ_BATCH, wanted)));
            for (Map<String, AttributeValue> item : response.items()) {
                String fact = item.get(FactItems.FACT).s();
                T value = decode.apply(item.get(FactItems.DOC).s());
                if (!fact.equals(after) && keep.test(value)) {
                    found.put(fact, value);
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && found.size() < wanted);
        return found;
    }

    private QueryRequest request(Partition p, String low, String high, Map<String, AttributeValue> start, int batch) {
        return QueryRequest.builder()
                .tableName(table)
                .indexName(p.index())
                .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                .expressionAttributeNames(Map.of("#pk", p.pkAttribute(), "#sk", p.skAttribute()))
                .expressionAttributeValues(Map.of(":pk", s(p.value()), ":low", s(low), ":high", s(high)))
                .scanIndexForward(false)
                .limit(batch)
                .exclusiveStartKey(start)
                .build();
    }
}
