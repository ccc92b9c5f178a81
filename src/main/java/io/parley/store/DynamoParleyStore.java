package io.parley.store;

import static io.parley.store.Attributes.s;

import io.parley.actors.ArticleActors;
import io.parley.actors.CountryEvidence;
import io.parley.actors.Resolution;
import io.parley.store.ActorRevisions.Filed;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

/** The {@link ParleyStore} on one DynamoDB table laid out as {@link Keys} describes. */
public final class DynamoParleyStore implements ParleyStore {

    /** Guards the first write of an article: a second upload of the same content must not replace it. */
    static final String NEW_ARTICLE_CONDITION = "attribute_not_exists(pk)";
    /** Guards status updates: they must never create a half article. */
    static final String EXISTING_ARTICLE_CONDITION = "attribute_exists(pk)";
    private static final String DERIVED = "derived";
    private static final CountryEvidence COUNTRIES = CountryEvidence.load();

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter writer;
    private final BatchReader reader;
    private final ActorDirectory directory;
    private final StaleFacts stale;
    private final ActorRevisions revisions = new ActorRevisions(COUNTRIES);
    private final int readBudget;
    private final TableLayout layout;
    private final DocumentCache documents = new DocumentCache(DocumentCache.DEFAULT_SIZE);

    public DynamoParleyStore(DynamoDbClient dynamo, String table) {
        this(dynamo, table, FactQuery.READ_BUDGET);
    }

    /** @param readBudget the most fact items one listing request reads before it answers with a {@code next} token */
    DynamoParleyStore(DynamoDbClient dynamo, String table, int readBudget) {
        this.dynamo = dynamo;
        this.table = table;
        this.writer = new BatchWriter(dynamo, table);
        this.reader = new BatchReader(dynamo, table);
        this.directory = new ActorDirectory(dynamo, table);
        this.stale = new StaleFacts(dynamo, table, writer);
        this.readBudget = readBudget;
        this.layout = new TableLayout(dynamo, table);
    }

    /**
     * Puts the article's {@code TEXT} item, then its {@code META} item, each only if absent: readers know an
     * article by its {@code META} item, so one stored half (an ingest that died between the puts) is a
     * {@code TEXT} item nobody reads, which the next upload of the same text finds and keeps.
     */
    @Override
    public boolean saveNew(StoredArticle article) {
        Map<String, AttributeValue> meta = ArticleItems.meta(article);
        Map<String, AttributeValue> text = ArticleItems.text(article);
        long size = Math.max(ItemSize.of(meta), ItemSize.of(text));
        if (size > ItemSize.LIMIT) {
            throw new ArticleTooLargeException(size);
        }
        putIfAbsent(text);
        return putIfAbsent(meta);
    }

    /** @return whether the item was put ({@code false}: an item with its key was there and is left unchanged) */
    private boolean putIfAbsent(Map<String, AttributeValue> item) {
        try {
            dynamo.putItem(b -> b.tableName(table).item(item)
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

    /** Reads the article's {@code META} and {@code TEXT} items together, in one consistent batch read. */
    @Override
    public Optional<StoredArticle> find(String articleId) {
        Map<String, Map<String, AttributeValue>> bySortKey = new HashMap<>();
        reader.read(List.of(Attributes.key(Keys.article(articleId), Keys.META), Attributes.key(Keys.article(articleId), Keys.TEXT)),
                        KeysAndAttributes.builder().consistentRead(true).build(), "article items")
                .forEach(item -> bySortKey.put(item.get(TableDefinition.SK).s(), item));
        Map<String, AttributeValue> meta = bySortKey.get(Keys.META);
        if (meta == null) {
            return Optional.empty();
        }
        // articles stored before the text had an item of its own keep it on META
        Map<String, AttributeValue> text = ArticleItems.holdsText(meta) ? meta : bySortKey.get(Keys.TEXT);
        if (text == null) {
            throw new StoreException("article " + articleId + " has no text item");
        }
        return Optional.of(ArticleItems.fromItems(meta, text));
    }

    /** The article's {@code META} item (consistent), if it is stored. */
    private Optional<Map<String, AttributeValue>> meta(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attributes.key(Keys.article(articleId), Keys.META))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /**
     * Writes the facts under the extraction's own version (main items first, then their copies), then switches
     * the article to that version with one put of its {@code EXTRACTION} item: until then readers see the
     * earlier extraction whole, after it the new one whole. The other versions' facts are then cleaned up.
     */
    @Override
    public Set<String> saveExtraction(String articleId, Extraction extraction, String extractorVersion) {
        ArticleInfo info = meta(articleId).map(ArticleItems::info).orElseThrow(() -> new ArticleNotFoundException(articleId));
        Map<Actor, String> ids = new HashMap<>();
        Set<String> revise = new TreeSet<>();
        ArticleActors mentions = ArticleActors.of(extraction, COUNTRIES);
        for (Actor a : FactItems.actors(extraction)) {
            Resolution decided = directory.resolve(mentions.evidenced(a), mentions.context());
            ids.put(a, decided.profile().id());
            if (decided.revisit()) {
                revise.add(decided.group());
            }
        }
        file(articleId, info, new Filed(extraction, ids, extractorVersion, null));
        layout.markOnceIfMigrated();
        return revise;
    }

    /**
     * Writes the facts under their version, switches the article to it (only if it is still on the version
     * {@code filed} names, when it names one) and cleans the other versions up.
     */
    private void file(String articleId, ArticleInfo info, Filed filed) {
        Extraction extraction = filed.extraction();
        String version = ExtractionVersion.of(filed.extractorVersion(), extraction, FactItems.actorIds(extraction, filed.ids()::get));
        FactItems.FactSet facts = FactItems.build(info, extraction, filed.ids()::get, version);
        List<String> legacy = Parallel.beside(() -> legacyKeys(articleId), () -> {
            writer.put(facts.mains());
            writer.put(facts.copies());
        });
        Map<String, AttributeValue> item = extractionItem(articleId, extraction, filed.extractorVersion(), version);
        try {
            dynamo.putItem(b -> {
                b.tableName(table).item(item);
                if (ExtractionVersion.LEGACY.equals(filed.version())) {
                    b.conditionExpression("attribute_exists(pk) AND attribute_not_exists(#v)")
                            .expressionAttributeNames(Map.of("#v", CurrentVersions.VERSION));
                } else if (filed.version() != null) {
                    b.conditionExpression("#v = :v").expressionAttributeNames(Map.of("#v", CurrentVersions.VERSION))
                            .expressionAttributeValues(Map.of(":v", s(filed.version())));
                }
            });
        } catch (ConditionalCheckFailedException extractedMeanwhile) {
            cleanQuietly(articleId, currentVersion(articleId), List.of());
            throw new StoreException("article " + articleId + " was extracted again during an actor revision; revise again");
        }
        String current = Parallel.beside(() -> currentVersion(articleId),
                () -> setStatus(articleId, ArticleStatus.EXTRACTED, null, filed.extractorVersion()));
        cleanQuietly(articleId, current, legacy);
    }

    @Override
    public ActorsRevised reviseActors(String surnameSkeleton) {
        return revisions.revise(new RevisionTable(), surnameSkeleton);
    }

    /** The table as {@link ActorRevisions} reads and writes it. */
    private final class RevisionTable implements ActorRevisions.Table {

        @Override
        public List<ActorProfile> group(String skeleton) {
            return directory.withSurname(skeleton);
        }

        @Override
        public Set<String> articlesUnder(String actorId) {
            return directory.articlesUnder(actorId);
        }

        @Override
        public Optional<Filed> filed(String articleId) {
            return DynamoParleyStore.this.filed(articleId);
        }

        @Override
        public boolean taken(String id) {
            return directory.exists(id);
        }

        @Override
        public void save(ActorProfile profile, Optional<ActorProfile> before) {
            directory.save(profile, before);
        }

        @Override
        public void refile(String articleId, Filed filed, Map<Actor, String> ids) {
            file(articleId, filed.extraction().article(), new Filed(filed.extraction(), ids, filed.extractorVersion(), filed.version()));
        }

        @Override
        public void redirect(ActorProfile from, String to) {
            directory.redirect(from, to);
        }
    }

    /** Hides the article's facts first (its {@code EXTRACTION} item goes), then marks it and cleans them up. */
    @Override
    public void markFailed(String articleId, String reason) {
        Map<String, AttributeValue> old = dynamo.deleteItem(b -> b.tableName(table).returnValues(ReturnValue.ALL_OLD)
                .key(Attributes.key(Keys.article(articleId), Keys.EXTRACTION))).attributes();
        setStatus(articleId, ArticleStatus.FAILED, reason, null);
        cleanQuietly(articleId, null, derived(old));
    }

    @Override
    public Optional<Extraction> extraction(String articleId) {
        return filed(articleId).map(Filed::extraction);
    }

    /** The current extraction as stored, with its actors' ids (read from the facts), extractor and version. */
    private Optional<Filed> filed(String articleId) {
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
        String version = CurrentVersions.of(summary);
        List<Map<String, AttributeValue>> current = items.stream().filter(i -> i.containsKey(FactItems.FACT)
                && Keys.versionOfFact(i.get(FactItems.FACT).s()).equals(version)).toList();
        List<MeetingEntry> meetings = facts(current, Keys.FactType.MEETING, MeetingEntry.class);
        List<StatementEntry> statements = facts(current, Keys.FactType.STATEMENT, StatementEntry.class);
        Extraction extraction = new Extraction(ArticleItems.info(meta),
                meetings.stream().map(MeetingEntry::meeting).toList(),
                statements.stream().map(StatementEntry::statement).toList(),
                Attributes.string(summary, "summary"));
        String extractor = Attributes.string(summary, ArticleItems.EXTRACTOR_VERSION);
        return Optional.of(new Filed(extraction, FiledIds.of(meetings, statements),
                extractor != null ? extractor : Attributes.string(meta, ArticleItems.EXTRACTOR_VERSION), version));
    }

    /**
     * Marks the table as holding no facts of the unsharded layout, unless it is already, if its unsharded
     * all-facts partitions are empty (every article extracted again since shards), so listings read the shards only
     * from then on.
     *
     * @return whether it put the marker now
     */
    public boolean markShardedIfMigrated() {
        return TableLayout.markIfMigrated(dynamo, table);
    }

    @Override
    public Page<MeetingEntry> meetings(MeetingFilter filter, PageRequest page) {
        return new MeetingSearch(new FactQuery<>(dynamo, table, doc -> Json.read(doc, MeetingEntry.class), readBudget), directory,
                layout).run(filter, page);
    }

    @Override
    public List<List<MeetingEntry>> meetingsOfEach(List<MeetingFilter> filters) {
        return new MeetingSearch(new FactQuery<>(dynamo, table, doc -> Json.read(doc, MeetingEntry.class), readBudget), directory,
                layout).each(filters, PageRequest.MAX_BULK);
    }

    @Override
    public Page<StatementEntry> statements(StatementFilter filter, PageRequest page) {
        return new StatementSearch(new FactQuery<>(dynamo, table, doc -> Json.read(doc, StatementEntry.class), readBudget),
                termSearch(), directory, layout).run(filter, page);
    }

    @Override
    public Page<StatementEntry> statementsWithTerms(TermFilter filter, PageRequest page) {
        return termSearch().run(filter, entry -> true, page);
    }

    @Override
    public Page<TermHit> termHits(TermFilter filter, PageRequest page) {
        return termSearch().hits(filter, page);
    }

    @Override
    public Map<String, StatementEntry> statementsByKey(List<String> factKeys) {
        Map<String, StatementEntry> all = new HashMap<>();
        new DynamoPostings(dynamo, table, documents).documentsAll(TermSearch.batches(factKeys, factKeys.size()))
                .forEach(all::putAll);
        return all;
    }

    private TermSearch termSearch() {
        return new TermSearch(new DynamoPostings(dynamo, table, documents), readBudget);
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
                factsUnder(Keys.actorId(profile.id()), Keys.FactType.MEETING, MeetingEntry.class),
                factsUnder(Keys.actorId(profile.id()), Keys.FactType.STATEMENT, StatementEntry.class)));
    }

    /** Every current fact of a type in one index partition, oldest first. */
    private <T> List<T> factsUnder(String pk, Keys.FactType type, Class<T> kind) {
        List<Map<String, AttributeValue>> items = dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(pk), ":prefix", s(type.prefix + "#"))))
                .items().stream().toList();
        return new CurrentVersions(dynamo, table).keep(items).stream()
                .map(i -> Json.read(i.get(FactItems.DOC).s(), kind)).toList();
    }

    @Override
    public List<ActorProfile> actorsOfCountry(String country) {
        return directory.ofCountry(country);
    }

    @Override
    public Page<ActorProfile> allActors(PageRequest page) {
        return directory.all(page);
    }

    /** The keys an extraction written before versions listed on its {@code EXTRACTION} item, if any. */
    private List<String> legacyKeys(String articleId) {
        return derived(dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attributes.key(Keys.article(articleId), Keys.EXTRACTION))).item());
    }

    /**
     * The version readers see now, read again after the switch: when another extraction of the article switched
     * it meanwhile (an old and a new deploy at once), cleaning keeps that one rather than this call's own.
     */
    private String currentVersion(String articleId) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attributes.key(Keys.article(articleId), Keys.EXTRACTION))).item();
        return item == null || !item.containsKey(CurrentVersions.VERSION) ? null : item.get(CurrentVersions.VERSION).s();
    }

    private static List<String> derived(Map<String, AttributeValue> extractionItem) {
        return extractionItem == null || !extractionItem.containsKey(DERIVED) ? List.of() : extractionItem.get(DERIVED).ss();
    }

    /**
     * Deletes the other versions' facts; a failure here loses nothing (they are hidden already) and the next
     * extraction or failure of the article cleans them.
     */
    private void cleanQuietly(String articleId, String current, List<String> legacyKeys) {
        try {
            stale.clean(articleId, current);
            writer.delete(legacyKeys.stream().map(FactItems::keyOf).toList());
        } catch (RuntimeException leftForLater) {
            // hidden from readers by their version; cleaned at the article's next extraction
        }
    }

    private static Map<String, AttributeValue> extractionItem(String articleId, Extraction extraction,
                                                              String extractorVersion, String version) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.article(articleId), Keys.EXTRACTION));
        Attributes.putIfPresent(item, "summary", extraction.summary());
        item.put(ArticleItems.EXTRACTOR_VERSION, s(extractorVersion));
        item.put(CurrentVersions.VERSION, s(version));
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
