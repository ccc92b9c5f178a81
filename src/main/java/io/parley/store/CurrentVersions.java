package io.parley.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * CurrentVersions tells readers which facts belong to their article's current extraction: the version on the
 * article's small {@code EXTRACTION} item, read once per article per request (one {@code BatchGetItem} of up
 * to 100 articles, the batches of more at once). A fact of any other version (an extraction still being written,
 * superseded, or of a FAILED article, which has no {@code EXTRACTION} item) is not shown. Readers of several
 * partitions {@link #load} the articles of all their items first, so one request reads the versions of every
 * partition's items together. Not thread-safe: one per request, used from the request's thread.
 */
final class CurrentVersions {

    static final String VERSION = "version";
    private static final int BATCH = BatchReader.MAX_KEYS;

    private final BatchReader reader;
    private final Map<String, Optional<String>> known = new HashMap<>();

    CurrentVersions(DynamoDbClient dynamo, String table) {
        this.reader = new BatchReader(dynamo, table);
    }

    /** The items (each with a fact key) that belong to their article's current extraction, in order. */
    List<Map<String, AttributeValue>> keep(List<Map<String, AttributeValue>> items) {
        load(items);
        return items.stream().filter(i -> isCurrent(i.get(FactItems.FACT).s(), known::get)).toList();
    }

    /** Whether a fact key is of its article's current version, read by an earlier {@link #load} or {@link #keep}. */
    boolean isCurrent(String factKey) {
        return isCurrent(factKey, known::get);
    }

    /** Whether a fact key is of its article's current version; {@code current} gives it (empty: none). */
    static boolean isCurrent(String factKey, Function<String, Optional<String>> current) {
        Optional<String> version = current.apply(Keys.articleOfFact(factKey));
        return version != null && version.isPresent() && version.get().equals(Keys.versionOfFact(factKey));
    }

    /** The current version an {@code EXTRACTION} item names. */
    static String of(Map<String, AttributeValue> extractionItem) {
        AttributeValue v = extractionItem.get(VERSION);
        return v == null ? ExtractionVersion.LEGACY : v.s();
    }

    /** Reads the current versions of the articles of these items (each with a fact key) not read yet. */
    void load(List<Map<String, AttributeValue>> items) {
        List<String> ids = items.stream().map(i -> Keys.articleOfFact(i.get(FactItems.FACT).s()))
                .filter(id -> !known.containsKey(id)).distinct().toList();
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += BATCH) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + BATCH)));
        }
        ids.forEach(id -> known.put(id, Optional.empty()));
        Parallel.map(chunks, chunk -> fetch(chunk.stream().map(id -> Attributes.key(Keys.article(id), Keys.EXTRACTION)).toList()))
                .forEach(versions -> versions.forEach((id, version) -> known.put(id, Optional.of(version))));
    }

    /** The current versions of the articles whose {@code EXTRACTION} items these are, by article id (none: absent). */
    private Map<String, String> fetch(List<Map<String, AttributeValue>> keys) {
        KeysAndAttributes how = KeysAndAttributes.builder().consistentRead(true).projectionExpression("#pk, #v")
                .expressionAttributeNames(Map.of("#pk", TableDefinition.PK, "#v", VERSION)).build();
        Map<String, String> versions = new HashMap<>();
        reader.read(keys, how, "article versions").forEach(item ->
                versions.put(item.get(TableDefinition.PK).s().substring(Keys.article("").length()), of(item)));
        return versions;
    }
}
