package io.parley.store;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * StoredArticleIds is the id of every stored article, read page by page from the article listing
 * ({@code gsi1pk = TYPE#A#<shard>}, then the unsharded {@code TYPE#A} of older tables; newest first within a
 * shard) with only the id projected.
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
        Iterator<String> listings = Keys.shards(ArticleItems.LISTING).iterator();
        return new Iterator<>() {
            private Iterator<String> ids = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!ids.hasNext() && listings.hasNext()) {
                    ids = idsIn(listings.next());
                }
                return ids.hasNext();
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ids.next();
            }
        };
    }

    /** The ids in one listing shard, read a page at a time as the iterator advances. */
    private Iterator<String> idsIn(String listing) {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinition.GSI1)
                        .keyConditionExpression("#pk = :type")
                        .expressionAttributeNames(Map.of("#pk", TableDefinition.GSI1_PK, "#id", "id"))
                        .expressionAttributeValues(Map.of(":type", AttributeValue.fromS(listing)))
                        .projectionExpression("#id")
                        .scanIndexForward(false))
                .items().stream().map(item -> item.get("id").s()).iterator();
    }
}
