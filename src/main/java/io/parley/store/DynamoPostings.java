package io.parley.store;

import static io.parley.store.Attributes.s;

import io.parley.json.Json;
import io.parley.model.StatementEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * The {@code TERM#} postings and the statements they point to, on DynamoDB: a posting list is a key query with
 * only the key, the statement numbers and their ranking data projected, the lists of a question read at once; documents are {@code BatchGetItem}s of the
 * facts' main items, read beside those of their articles' current versions ({@link CurrentVersions}), of which
 * only the current ones are kept; documents already read by this process come from its {@link DocumentCache}. Not thread-safe: one per request (it starts and joins its own reads).
 */
final class DynamoPostings implements TermSearch.Postings {

    private final DynamoDbClient dynamo;
    private final String table;
    private final CurrentVersions current;
    private final BatchReader reader;
    private final DocumentCache cache;

    DynamoPostings(DynamoDbClient dynamo, String table, DocumentCache cache) {
        this.dynamo = dynamo;
        this.cache = cache;
        this.table = table;
        this.current = new CurrentVersions(dynamo, table);
        this.reader = new BatchReader(dynamo, table);
    }

    /**
     * Reads until one item more than asked is known, so a list of exactly {@code max} items reads as complete,
     * and keeps every statement of the items read. A posting item holds an article's statements
     * ({@link PostingItems}): its key sorts just below theirs, so the range starts at the article of {@code low}
     * and each item's statements are kept only within the range.
     */
    @Override
    public TermSearch.Slice read(String partition, String low, String high, int max) {
        List<PostingItems.Posting> facts = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        int items = 0;
        do {
            Map<String, AttributeValue> from = start;
            int left = max + 1 - items;
            QueryResponse response = dynamo.query(b -> b.tableName(table)
                    .keyConditionExpression("#pk = :pk AND #sk BETWEEN :low AND :high")
                    .expressionAttributeNames(Map.of("#pk", TableDefinition.PK, "#sk", TableDefinition.SK,
                            "#n", PostingItems.NUMBERS, "#r", PostingItems.RANKING))
                    .expressionAttributeValues(Map.of(":pk", s(partition), ":low", s(low), ":high", s(high)))
                    .projectionExpression("#sk, #n, #r").scanIndexForward(false).limit(left).exclusiveStartKey(from));
            response.items().forEach(i -> facts.addAll(PostingItems.postings(i, low, high)));
            items += response.items().size();
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty() ? response.lastEvaluatedKey() : null;
        } while (start != null && items <= max);
        return new TermSearch.Slice(facts, items <= max);
    }

    /** Reads the posting lists at once ({@link Parallel}). */
    @Override
    public List<TermSearch.Slice> readAll(List<TermSearch.ListRead> lists) {
        return Parallel.map(lists, l -> read(l.partition(), l.low(), l.high(), l.max()));
    }

    @Override
    public Map<String, StatementEntry> documents(List<String> factKeys) {
        return documentsAll(List.of(factKeys)).get(0);
    }

    /**
     * Reads the batches' main items that are not cached and their articles' current versions all at once, then
     * keeps the documents of the current versions (the main items of superseded versions, read for nothing, are
     * the few not yet cleaned).
     */
    @Override
    public List<Map<String, StatementEntry>> documentsAll(List<List<String>> batches) {
        if (batches.isEmpty()) {
            return List.of();
        }
        Map<String, StatementEntry> known = new HashMap<>();
        batches.stream().flatMap(List::stream).forEach(f -> {
            StatementEntry cached = cache.get(f);
            if (cached != null) {
                known.put(f, cached);
            }
        });
        List<Map<String, AttributeValue>> facts = batches.stream().flatMap(List::stream)
                .map(f -> Map.<String, AttributeValue>of(FactItems.FACT, s(f))).toList();
        List<List<String>> missing = batches.stream().map(b -> b.stream().filter(f -> !known.containsKey(f)).toList())
                .filter(b -> !b.isEmpty()).toList();
        List<List<Map<String, AttributeValue>>> items = Parallel.beside(
                () -> Parallel.map(missing, batch -> fetch(batch.stream().map(Keys::mainOfFact).toList())),
                () -> current.load(facts));
        items.stream().flatMap(List::stream).forEach(item -> {
            StatementEntry entry = Json.read(item.get(FactItems.DOC).s(), StatementEntry.class);
            known.put(item.get(FactItems.FACT).s(), entry);
            cache.put(item.get(FactItems.FACT).s(), entry);
        });
        List<Map<String, StatementEntry>> all = new ArrayList<>();
        for (List<String> batch : batches) {
            Map<String, StatementEntry> docs = new HashMap<>();
            batch.stream().filter(f -> known.containsKey(f) && current.isCurrent(f)).forEach(f -> docs.put(f, known.get(f)));
            all.add(docs);
        }
        return all;
    }

    private List<Map<String, AttributeValue>> fetch(List<Map<String, AttributeValue>> keys) {
        KeysAndAttributes how = KeysAndAttributes.builder().projectionExpression("#f, #d")
                .expressionAttributeNames(Map.of("#f", FactItems.FACT, "#d", FactItems.DOC)).build();
        return reader.read(keys, how, "statements");
    }
}
