package io.parley.store;

import java.util.Iterator;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * StoredArticleIds is the id of every stored article, read page by page from the article listing
 * ({@code gsi1pk = TYPE#A}, newest first) with only the id projected.
 */
public final class StoredArticleIds implements Iterable<String> {

    private final DynamoDbClient dynamo;
    private final String table;

    public StoredArticleIds(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
    }

    @Override
    public Iterator<String> iterator() {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinition.GSI1)
                        .keyConditionExpression("#pk = :type")
                        .expressionAttributeNames(Map.of("#pk", TableDefinition.GSI1_PK, "#id", "id"))
                        .expressionAttributeValues(Map.of(":type", AttributeValue.fromS(ArticleItems.LISTING)))
                        .projectionExpression("#id")
                        .scanIndexForward(false))
                .items().stream().map(item -> item.get("id").s()).iterator();
    }
}
