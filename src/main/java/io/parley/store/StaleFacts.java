package io.parley.store;

import static io.parley.store.Attributes.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * StaleFacts deletes the leftovers of an article's other extractions: every main fact item in the article's
 * partition whose version is not the current one, with the index copies it lists. Copies go first and the
 * main item last, so a cleaning that stops half-way is finished by the next one; cleaning twice is harmless.
 * An article's statements share their postings ({@link PostingItems}), so each posting key is deleted once.
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
        List<Map<String, AttributeValue>> stale = new ArrayList<>();
        for (Keys.FactType type : Keys.FactType.values()) {
            mains(articleId, type).stream()
                    .filter(i -> !Objects.equals(Keys.versionOfFact(i.get(FactItems.FACT).s()), current))
                    .forEach(stale::add);
        }
        writer.delete(stale.stream().flatMap(m -> FactItems.copyKeys(m).stream()).distinct().toList());
        writer.delete(stale.stream().map(m -> Attributes.key(m.get(TableDefinition.PK).s(), m.get(TableDefinition.SK).s()))
                .toList());
        return stale.size();
    }

    private List<Map<String, AttributeValue>> mains(String articleId, Keys.FactType type) {
        return dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                        .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                        .projectionExpression("#pk, #sk, #fact, #copies, #terms")
                        .expressionAttributeNames(Map.of("#pk", TableDefinition.PK, "#sk", TableDefinition.SK,
                                "#fact", FactItems.FACT, "#copies", FactItems.COPIES, "#terms", PostingItems.TERMS))
                        .expressionAttributeValues(Map.of(":pk", s(Keys.article(articleId)), ":prefix", s(type.itemPrefix))))
                .items().stream().toList();
    }
}
