package io.parley.store;

import static io.parley.store.Attributes.s;
import static io.parley.store.Attributes.string;

import io.parley.actors.ActorDirectoryPort;
import io.parley.actors.ActorResolver;
import io.parley.actors.MentionContext;
import io.parley.actors.Resolution;
import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import io.parley.model.TitleSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The directory of actors across articles. Each actor has a profile (pk {@code ACTOR#<id>}, sk {@code PROFILE})
 * and a directory entry (pk {@code ACTORS}, sk {@code <surname skeleton>#<id>}) holding the same attributes. A
 * {@link ActorResolver} decides which profile a mention denotes; this class only reads the entries it asks for
 * and writes the profiles it decided.
 */
final class ActorDirectory implements ActorDirectoryPort {

    static final String PROFILE = "PROFILE";
    /** On a profile item: the id of the profile that absorbed this one (the item is then only a redirect). */
    static final String REDIRECT = "redirect";
    /** How many redirects a read follows (a survivor absorbed later is itself a redirect). */
    private static final int MAX_HOPS = 8;

    private final DynamoDbClient dynamo;
    private final String table;
    private final BatchWriter writer;
    private final ActorResolver resolver = new ActorResolver(this);

    ActorDirectory(DynamoDbClient dynamo, String table) {
        this.dynamo = dynamo;
        this.table = table;
        this.writer = new BatchWriter(dynamo, table);
    }

    /** The actor this mention denotes, its profile written when the resolver created or enriched it. */
    Resolution resolve(Actor mention, MentionContext context) {
        Resolution decided = resolver.resolve(mention, context);
        if (decided.changed()) {
            save(decided.profile());
        }
        return decided;
    }

    /** Profiles a name typed by a user may mean (see {@link ActorResolver#find}). */
    List<ActorProfile> find(String query) {
        return resolver.find(query);
    }

    @Override
    public List<ActorProfile> withSurname(String surnameSkeleton) {
        String prefix = surnameSkeleton + "#";
        return dynamo.queryPaginator(b -> b.tableName(table)
                        .keyConditionExpression("pk = :pk AND begins_with(sk, :prefix)")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.ACTORS), ":prefix", s(prefix))))
                .items().stream().map(ActorDirectory::profileOf).toList();
    }

    /** Whether a profile or a redirect has this id (an id once given is never given again). */
    @Override
    public boolean exists(String id) {
        return item(id).isPresent();
    }

    /** The profile with this id, if any; a redirect is followed to the profile that absorbed it. */
    Optional<ActorProfile> profile(String id) {
        Optional<Map<String, AttributeValue>> item = item(id);
        for (int hop = 0; hop < MAX_HOPS && item.isPresent() && item.get().containsKey(REDIRECT); hop++) {
            String to = item.get().get(REDIRECT).s();
            item = item(to);
        }
        return item.filter(i -> !i.containsKey(REDIRECT)).map(ActorDirectory::profileOf);
    }

    private Optional<Map<String, AttributeValue>> item(String id) {
        Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).consistentRead(true)
                .key(Attributes.key(Keys.actorId(id), PROFILE))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
    }

    /** The ids of the articles with a fact (of any version) in the actor's partition. */
    Set<String> articlesUnder(String id) {
        Set<String> articles = new TreeSet<>();
        dynamo.queryPaginator(b -> b.tableName(table).keyConditionExpression("pk = :pk")
                        .projectionExpression("sk")
                        .expressionAttributeValues(Map.of(":pk", s(Keys.actorId(id)))))
                .items().stream().map(i -> i.get(TableDefinition.SK).s()).filter(sk -> !PROFILE.equals(sk))
                .forEach(sk -> articles.add(Keys.articleOfFact(sk)));
        return articles;
    }

    /** Writes a revised profile; its directory entry moves when its name now files it under another surname. */
    void save(ActorProfile profile, Optional<ActorProfile> before) {
        save(profile);
        before.map(b -> Keys.directory(b.name(), b.id())).filter(k -> !k.equals(Keys.directory(profile.name(), profile.id())))
                .ifPresent(old -> dynamo.deleteItem(b -> b.tableName(table).key(Attributes.key(Keys.ACTORS, old))));
    }

    /** Leaves {@code from} as a redirect to {@code to}: its profile item says where it went, its entry goes. */
    void redirect(ActorProfile from, String to) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.actorId(from.id()), PROFILE));
        item.put("id", s(from.id()));
        item.put(REDIRECT, s(to));
        dynamo.putItem(b -> b.tableName(table).item(item));
        dynamo.deleteItem(b -> b.tableName(table).key(Attributes.key(Keys.ACTORS, Keys.directory(from.name(), from.id()))));
    }

    /** Every profile whose country is {@code country}. */
    List<ActorProfile> ofCountry(String country) {
        return dynamo.queryPaginator(b -> b.tableName(table).indexName(TableDefinition.GSI2)
                        .keyConditionExpression("gsi2pk = :c")
                        .expressionAttributeValues(Map.of(":c", s(Keys.country(country)))))
                .items().stream().map(ActorDirectory::profileOf).toList();
    }

    /** A page of every profile, in directory key order. */
    Page<ActorProfile> all(PageRequest page) {
        Map<String, AttributeValue> start = page.token() == null ? null
                : Attributes.key(Keys.ACTORS, PageToken.decodeDirectory(page.token()));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> last = start;
        do {
            Map<String, AttributeValue> from = last;
            var response = dynamo.query(b -> b.tableName(table).keyConditionExpression("pk = :pk")
                    .expressionAttributeValues(Map.of(":pk", s(Keys.ACTORS)))
                    .limit(page.limit() - items.size()).exclusiveStartKey(from));
            items.addAll(response.items());
            last = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (last != null && items.size() < page.limit());
        String next = last == null ? null : PageToken.encodeDirectory(items.get(items.size() - 1).get(TableDefinition.SK).s());
        return new Page<>(items.stream().map(ActorDirectory::profileOf).toList(), next);
    }

    private void save(ActorProfile profile) {
        Map<String, AttributeValue> attributes = attributes(profile);
        Map<String, AttributeValue> entry = new HashMap<>(attributes);
        entry.putAll(Attributes.key(Keys.ACTORS, Keys.directory(profile.name(), profile.id())));
        if (profile.country() != null) {
            entry.put(TableDefinition.GSI2_PK, s(Keys.country(profile.country())));
            entry.put(TableDefinition.GSI2_SK, s(Keys.actorId(profile.id())));
        }
        Map<String, AttributeValue> card = new HashMap<>(attributes);
        card.putAll(Attributes.key(Keys.actorId(profile.id()), PROFILE));
        writer.put(List.of(entry, card));
    }

    private static Map<String, AttributeValue> attributes(ActorProfile profile) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("id", s(profile.id()));
        item.put("name", s(profile.name()));
        Attributes.putIfPresent(item, "title", profile.title());
        Attributes.putIfPresent(item, "country", profile.country());
        item.put("aliases", AttributeValue.fromSs(new ArrayList<>(new LinkedHashSet<>(profile.aliases()))));
        if (!profile.titles().isEmpty()) {
            item.put("titles", AttributeValue.fromL(profile.titles().stream().map(ActorDirectory::titleItem).toList()));
        }
        return item;
    }

    private static ActorProfile profileOf(Map<String, AttributeValue> item) {
        List<String> aliases = item.containsKey("aliases") ? item.get("aliases").ss() : List.of();
        String title = string(item, "title");
        List<TitleSpan> titles = item.containsKey("titles")
                ? item.get("titles").l().stream().map(t -> titleOf(t.m())).toList()
                : title == null ? List.of() : List.of(new TitleSpan(title, null, null));
        return new ActorProfile(string(item, "id"), string(item, "name"), title,
                string(item, "country"), aliases.stream().sorted().toList(), titles);
    }

    private static AttributeValue titleItem(TitleSpan span) {
        Map<String, AttributeValue> m = new HashMap<>();
        m.put("title", s(span.title()));
        Attributes.putIfPresent(m, "first", span.firstSeen() == null ? null : span.firstSeen().toString());
        Attributes.putIfPresent(m, "last", span.lastSeen() == null ? null : span.lastSeen().toString());
        return AttributeValue.fromM(m);
    }

    private static TitleSpan titleOf(Map<String, AttributeValue> m) {
        String first = string(m, "first");
        String last = string(m, "last");
        return new TitleSpan(string(m, "title"), first == null ? null : LocalDate.parse(first),
                last == null ? null : LocalDate.parse(last));
    }
}
