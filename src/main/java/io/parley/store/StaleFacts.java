package io.parley.store;

import static io.parley.store.Attributes.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * StaleFacts deletes the leftovers of an article's other extractions: every main fact item and term list
 * ({@link TermLists}) in the article's partition whose version is not the current one, with the index copies and
 * postings they list. Copies and postings go first, the main items and lists last, so a cleaning that stops
 * half-way is finished by the next one; cleaning twice is harmless. An article's statements share their postings
 * ({@link PostingItems}), so each posting key is deleted once. The partition's items of each kind are read in one
 * parallel round.
 */
final class StaleFacts {

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter writer;

    StaleFacts(DynamoDbClient dynamo, String table, BatchWriter writer) {
        this.dynamo = dynamo;
        this.table = table;
        this.writer = writer;
    }

    /**
     * Deletes the facts of every version but {@code current} ({@code null}: every version).
     *
     * @return how many facts (main items) were deleted
     */
    int clean(String articleId, String current) {
        List<String> prefixes = new ArrayList<>();
        for (Keys.FactType type : Keys.FactType.values()) {
            prefixes.add(type.itemPrefix);
        }
        prefixes.add(TermLists.PREFIX);
        List<List<Map<String, AttributeValue>>> found = Parallel.map(prefixes, prefix -> items(articleId, prefix));
        List<Map<String, AttributeValue>> stale = new ArrayList<>();
        found.subList(0, found.size() - 1).forEach(facts -> facts.stream()
                .filter(i -> !Objects.equals(Keys.versionOfFact(i.get(FactItems.FACT).s()), current))
                .forEach(stale::add));
        List<Map<String, AttributeValue>> lists = found.get(found.size() - 1).stream()
                .filter(i -> !Objects.equals(TermLists.versionOf(i), current)).toList();
        List<Map<String, AttributeValue>> copies = new ArrayList<>();
        stale.forEach(m -> copies.addAll(FactItems.copyKeys(m)));
        lists.forEach(l -> copies.addAll(TermLists.postingKeys(l)));
        writer.delete(copies.stream().distinct().toList());
        writer.delete(Stream.concat(stale.stream(), lists.stream())
                .map(m -> Attributes.key(m.get(TableDefinition.PK).s(), m.get(TableDefinition.SK).s())).toList());
        return stale.size();
    }

    /** The items of the article's partition under a sort-key prefix, with what cleaning needs of them. */
    private List<Map<String, AttributeValue>> items(String articleId, String prefix) {
        return dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .projectionExpression("#pk, #sk, #fact, #copies, #terms, #posting")
                        .expressionAttributeNames(Map.of("#pk", TableDefinition.PK, "#sk", TableDefinition.SK,
                                "#fact", FactItems.FACT, "#copies", FactItems.COPIES, "#terms", PostingItems.TERMS,
                                "#posting", TermLists.POSTING))
                        .expressionAttributeValues(Map.of(":pk", s(Keys.article(articleId)), ":prefix", s(prefix))))
                .items().stream().toList();
    }
}
