package io.parley.store;

import static io.parley.store.Attributes.s;

import io.parley.json.Json;
import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.MeetingEntry;
import io.parley.model.StatementEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** The {@link ParleyStore} on one DynamoDB table laid out as {@link Keys} describes. */
public final class DynamoParleyStore implements ParleyStore {

    /** Guards the first write of an article: a second upload of the same content must not replace it. */
    static final String NEW_ARTICLE_CONDITION = "attribute_not_exists(pk)";
    /** Guards status updates: they must never create a half article. */
    static final String EXISTING_ARTICLE_CONDITION = "attribute_exists(pk)";
    private static final String DERIVED = "derived";

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter writer;
    private final ActorDirectory directory;

    public DynamoParleyStore(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.writer = new BatchWriter(dynamo, table);
        this.directory = new ActorDirectory(dynamo, table);
    }

    @Override
    public boolean saveNew(StoredArticle article) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(ArticleItems.toItem(article))
                    .conditionExpression(NEW_ARTICLE_CONDITION)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.NONE));
            return true;
        } catch (ConditionalCheckFailedException alreadyStored) {
            return false;
        }
    }

    @Override
    public Iterable<String> articleIds() {
        return new StoredArticleIds(dynamo, table);
    }

    @Override
    public Optional<StoredArticle> find(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attributes.key(Keys.article(articleId), Keys.META))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(ArticleItems.fromItem(item));
    }

    @Override
    public void saveExtraction(String articleId, Extraction extraction, String extractorVersion) {
        ArticleInfo info = find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId)).article().info();
        Map<Actor, String> ids = new HashMap<>();
        FactItems.actors(extraction).forEach(a -> ids.put(a, directory.resolve(a)));
        List<Map<String, AttributeValue>> items = FactItems.build(info, extraction, ids::get);
        Set<String> keys = new HashSet<>();
        items.forEach(i -> keys.add(FactItems.keyString(i)));
        writer.put(items);
        writer.delete(previousKeys(articleId).stream().filter(k -> !keys.contains(k)).map(FactItems::keyOf).toList());
        dynamo.putItem(b -> b.tableName(table).item(extractionItem(articleId, extraction, extractorVersion, keys)));
        setStatus(articleId, ArticleStatus.EXTRACTED, null, extractorVersion);
    }

    @Override
    public void markFailed(String articleId, String reason) {
        setStatus(articleId, ArticleStatus.FAILED, reason, null);
    }

    @Override
    public Optional<Extraction> extraction(String articleId) {
        List<Map<String, AttributeValue>> items = dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                .keyConditionExpression("pk = :pk")
                .expressionAttributeValues(Map.of(":pk", s(Keys.article(articleId))))).items().stream().toList();
        Map<String, AttributeValue> summary = items.stream()
                .filter(i -> Keys.EXTRACTION.equals(i.get(TableDefinition.SK).s())).findFirst().orElse(null);
        Map<String, AttributeValue> meta = items.stream()
                .filter(i -> Keys.META.equals(i.get(TableDefinition.SK).s())).findFirst().orElse(null);
        if (summary == null || meta == null) {
            return Optional.empty();
        }
        return Optional.of(new Extraction(ArticleItems.fromItem(meta).article().info(),
                facts(items, Keys.FactType.MEETING, MeetingEntry.class).stream().map(MeetingEntry::meeting).toList(),
                facts(items, Keys.FactType.STATEMENT, StatementEntry.class).stream().map(StatementEntry::statement).toList(),
                Attributes.string(summary, "summary")));
    }

    @Override
    public Page<MeetingEntry> meetings(MeetingFilter filter, PageRequest page) {
        return new MeetingSearch(new FactQuery<>(dynamo, table, doc -> Json.read(doc, MeetingEntry.class)), directory)
                .run(filter, page);
    }

    @Override
    public Page<StatementEntry> statements(StatementFilter filter, PageRequest page) {
        return new StatementSearch(new FactQuery<>(dynamo, table, doc -> Json.read(doc, StatementEntry.class)), directory)
                .run(filter, page);
    }

    @Override
    public List<ActorProfile> actors(String name) {
        return directory.find(name);
    }

    @Override
    public Optional<ActorProfile> actor(String id) {
        return directory.profile(id);
    }

    @Override
    public Optional<Timeline> timeline(String actorId) {
        return directory.profile(actorId).map(profile -> new Timeline(profile,
                factsUnder(Keys.actorId(actorId), Keys.FactType.MEETING, MeetingEntry.class),
                factsUnder(Keys.actorId(actorId), Keys.FactType.STATEMENT, StatementEntry.class)));
    }

    /** Every fact of a type in one index partition, oldest first. */
    private <T> List<T> factsUnder(String pk, Keys.FactType type, Class<T> kind) {
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(type.prefix + "#"))))
                .items().stream().map(i -> Json.read(i.get(FactItems.DOC).s(), kind)).toList();
    }

    @Override
    public List<ActorProfile> actorsOfCountry(String country) {
        return directory.ofCountry(country);
    }

    private List<String> previousKeys(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attributes.key(Keys.article(articleId), Keys.EXTRACTION))).item();
        return item == null || !item.containsKey(DERIVED) ? List.of() : item.get(DERIVED).ss();
    }

    private static Map<String, AttributeValue> extractionItem(String articleId, Extraction extraction,
                                                              String version, Set<String> keys) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.article(articleId), Keys.EXTRACTION));
        Attributes.putIfPresent(item, "summary", extraction.summary());
        item.put(ArticleItems.EXTRACTOR_VERSION, s(version));
        if (!keys.isEmpty()) {
            item.put(DERIVED, AttributeValue.fromSs(keys.stream().sorted().toList()));
        }
        return item;
    }

    private void setStatus(String articleId, ArticleStatus status, String reason, String version) {
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":status", s(status.name())));
        StringBuilder update = new StringBuilder("SET #status = :status");
        String remove = "";
        if (reason != null) {
            values.put(":reason", s(reason));
            update.append(", #reason = :reason");
        } else {
            remove = " REMOVE #reason";
        }
        if (version != null) {
            values.put(":version", s(version));
            update.append(", ").append(ArticleItems.EXTRACTOR_VERSION).append(" = :version");
        }
        String expression = update + remove;
        try {
            dynamo.updateItem(b -> b.tableName(table).key(Attributes.key(Keys.article(articleId), Keys.META))
                    .conditionExpression(EXISTING_ARTICLE_CONDITION)
                    .updateExpression(expression)
                    .expressionAttributeNames(Map.of("#status", ArticleItems.STATUS, "#reason", ArticleItems.REASON))
                    .expressionAttributeValues(values));
        } catch (ConditionalCheckFailedException missing) {
            throw new ArticleNotFoundException(articleId);
        }
    }

    private static <T> List<T> facts(List<Map<String, AttributeValue>> items, Keys.FactType type, Class<T> kind) {
        List<Map<String, AttributeValue>> rows = new ArrayList<>(items.stream()
                .filter(i -> i.get(TableDefinition.SK).s().startsWith(type.itemPrefix)).toList());
        rows.sort(Comparator.comparing(i -> i.get(TableDefinition.SK).s()));
        return rows.stream().map(i -> Json.read(i.get(FactItems.DOC).s(), kind)).toList();
    }
}
