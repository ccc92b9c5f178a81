package io.parley.store;

import io.parley.actors.ActorDirectoryPort;
import io.parley.actors.ActorResolver;
import io.parley.actors.ArticleActors;
import io.parley.actors.CountryEvidence;
import io.parley.actors.NameForm;
import io.parley.actors.Resolution;
import io.parley.json.Json;
import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import io.parley.model.Extraction;
import io.parley.model.MeetingEntry;
import io.parley.model.StatementEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The store ports ({@link ParleyStore}, {@link FeedStore}) in memory, for service, question and command-line
 * tests that need no server. It keeps the same facts, keys and actor directory as {@link DynamoParleyStore}
 * (it builds the fact items with {@link FactItems}, picks partitions and filters with the searches' own rules,
 * resolves actors with {@link io.parley.actors.ActorResolver}), so an answer read here is the answer read from DynamoDB; the
 * store's own tests still run against dynalite. Not thread-safe.
 */
public final class InMemoryStore implements ParleyStore {

    private final Map<String, StoredArticle> articles = new LinkedHashMap<>();
    /** The current extraction of each article: its version and summary (the {@code EXTRACTION} item). */
    private final Map<String, Current> extractions = new HashMap<>();
    /** Every fact item, by "pk|sk". */
    private final Map<String, Map<String, AttributeValue>> table = new TreeMap<>();
    private static final CountryEvidence COUNTRIES = CountryEvidence.load();

    private final Map<String, ActorProfile> profiles = new TreeMap<>();
    /** Profiles absorbed by another: old id → survivor. */
    private final Map<String, String> redirects = new TreeMap<>();
    private final ActorRevisions revisions = new ActorRevisions(COUNTRIES);
    private final ActorResolver resolver = new ActorResolver(new ActorDirectoryPort() {
        @Override
        public List<ActorProfile> withSurname(String skeleton) {
            return InMemoryStore.this.withSurname(skeleton);
        }

        @Override
        public boolean exists(String id) {
            return profiles.containsKey(id) || redirects.containsKey(id);
        }
    });
    private final Feeds feeds = new Feeds();
    private final int readBudget;
    private int batchesBeforeFailure = -1;
    private boolean postingsWithoutRanking;
    private int statementsRead;
    private int statementsListed;

    private record Current(String version, String summary, String extractorVersion) {
    }

    public InMemoryStore() {
        this(FactQuery.READ_BUDGET);
    }

    /** @param readBudget the most fact items one listing request reads, as {@link DynamoParleyStore}'s */
    InMemoryStore(int readBudget) {
        this.readBudget = readBudget;
    }

    /** A store that writes postings as they were before they held ranking data, so questions rank documents. */
    public static InMemoryStore withPostingsWithoutRanking() {
        InMemoryStore store = new InMemoryStore();
        store.postingsWithoutRanking = true;
        return store;
    }

    /** How many statement documents the free-word index has read by key so far. */
    public int statementsRead() {
        return statementsRead;
    }

    /** How many statement items the listings (a speaker's, a topic's, all statements) have read so far. */
    public int statementsListed() {
        return statementsListed;
    }

    /** Makes fact writes fail (as a dead database would) after {@code batches} more batches; -1: never. */
    void failBatchWritesAfter(int batches) {
        batchesBeforeFailure = batches;
    }

    @Override
    public Iterable<String> articleIds() {
        List<String> ids = new ArrayList<>(articles.keySet());
        Collections.reverse(ids);
        return ids;
    }

    @Override
    public boolean saveNew(StoredArticle article) {
        long size = ArticleItems.largestItem(article);
        if (size > ItemSize.LIMIT) {
            throw new ArticleTooLargeException(size);
        }
        return articles.putIfAbsent(article.id(), article) == null;
    }

    @Override
    public Optional<StoredArticle> find(String articleId) {
        return Optional.ofNullable(articles.get(articleId));
    }

    @Override
    public Set<String> saveExtraction(String articleId, Extraction extraction, String extractorVersion) {
        find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        Map<Actor, String> ids = new HashMap<>();
        Set<String> revise = new TreeSet<>();
        ArticleActors mentions = ArticleActors.of(extraction, COUNTRIES);
        for (Actor a : FactItems.actors(extraction)) {
            Resolution decided = resolver.resolve(mentions.evidenced(a), mentions.context());
            profiles.put(decided.profile().id(), decided.profile());
            ids.put(a, decided.profile().id());
            if (decided.revisit()) {
                revise.add(decided.group());
            }
        }
        file(articleId, new ActorRevisions.Filed(extraction, ids, extractorVersion, null));
        return revise;
    }

    /** As the table's store: the facts under their version, the switch (if still on {@code filed}'s), the clean-up. */
    private void file(String articleId, ActorRevisions.Filed filed) {
        StoredArticle stored = find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        Extraction extraction = filed.extraction();
        String version = ExtractionVersion.of(filed.extractorVersion(), extraction,
                FactItems.actorIds(extraction, filed.ids()::get));
        FactItems.FactSet facts = FactItems.build(stored.article().info(), extraction, filed.ids()::get, version);
        write(facts.mains());
        write(postingsWithoutRanking ? withoutRanking(facts.copies()) : facts.copies());
        Current now = extractions.get(articleId);
        if (filed.version() != null && (now == null || !now.version().equals(filed.version()))) {
            clean(articleId, now == null ? null : now.version());
            throw new StoreException("article " + articleId + " was extracted again during an actor revision; revise again");
        }
        extractions.put(articleId, new Current(version, extraction.summary(), filed.extractorVersion()));
        setStatus(stored, ArticleStatus.EXTRACTED, null, filed.extractorVersion());
        clean(articleId, version);
    }

    @Override
    public ActorsRevised reviseActors(String surnameSkeleton) {
        return revisions.revise(new ActorRevisions.Table() {
            @Override
            public List<ActorProfile> group(String skeleton) {
                return withSurname(skeleton);
            }

            @Override
            public Set<String> articlesUnder(String actorId) {
                String pk = Keys.actorId(actorId);
                Set<String> out = new TreeSet<>();
                table.values().stream().filter(i -> i.get(TableDefinition.PK).s().equals(pk))
                        .forEach(i -> out.add(Keys.articleOfFact(i.get(FactItems.FACT).s())));
                return out;
            }

            @Override
            public Optional<ActorRevisions.Filed> filed(String articleId) {
                return InMemoryStore.this.filed(articleId);
            }

            @Override
            public boolean taken(String id) {
                return profiles.containsKey(id) || redirects.containsKey(id);
            }

            @Override
            public void save(ActorProfile profile, Optional<ActorProfile> before) {
                profiles.put(profile.id(), profile);
            }

            @Override
            public void refile(String articleId, ActorRevisions.Filed filed, Map<Actor, String> ids) {
                file(articleId, new ActorRevisions.Filed(filed.extraction(), ids, filed.extractorVersion(), filed.version()));
            }

            @Override
            public void redirect(ActorProfile from, String to) {
                profiles.remove(from.id());
                redirects.put(from.id(), to);
            }
        }, surnameSkeleton);
    }

    @Override
    public void markFailed(String articleId, String reason) {
        extractions.remove(articleId);
        StoredArticle stored = find(articleId).orElseThrow(() -> new ArticleNotFoundException(articleId));
        setStatus(stored, ArticleStatus.FAILED, reason, stored.extractorVersion());
        clean(articleId, null);
    }

    @Override
    public Optional<Extraction> extraction(String articleId) {
        return filed(articleId).map(ActorRevisions.Filed::extraction);
    }

    private Optional<ActorRevisions.Filed> filed(String articleId) {
        Current current = extractions.get(articleId);
        if (current == null) {
            return Optional.empty();
        }
        List<Map<String, AttributeValue>> own = mains(articleId).stream()
                .filter(i -> Keys.versionOfFact(i.get(FactItems.FACT).s()).equals(current.version())).toList();
        List<MeetingEntry> meetings = decode(own, Keys.FactType.MEETING.itemPrefix, MeetingEntry.class);
        List<StatementEntry> statements = decode(own, Keys.FactType.STATEMENT.itemPrefix, StatementEntry.class);
        Extraction extraction = new Extraction(articles.get(articleId).article().info(),
                meetings.stream().map(MeetingEntry::meeting).toList(),
                statements.stream().map(StatementEntry::statement).toList(), current.summary());
        return Optional.of(new ActorRevisions.Filed(extraction, FiledIds.of(meetings, statements),
                current.extractorVersion(), current.version()));
    }

    @Override
    public Page<MeetingEntry> meetings(MeetingFilter filter, PageRequest page) {
        var ids = filter.actorId() != null ? java.util.Set.of(filter.actorId())
                : filter.actor() == null ? null : MeetingSearch.ids(actors(filter.actor()));
        return query(MeetingSearch.partitions(filter, ids, true), Keys.factLow(Keys.FactType.MEETING, filter.from()),
                Keys.factHigh(Keys.FactType.MEETING, filter.to()), MeetingEntry.class, MeetingSearch.matches(filter, ids), page);
    }

    @Override
    public Page<StatementEntry> statements(StatementFilter filter, PageRequest page) {
        Optional<TermFilter> byWords = StatementSearch.byWords(filter);
        if (byWords.isPresent()) {
            return new TermSearch(new Postings(), readBudget).run(byWords.get(), StatementSearch.matches(filter, null), page);
        }
        var ids = filter.speakerId() != null ? java.util.Set.of(filter.speakerId())
                : filter.speaker() == null ? null : MeetingSearch.ids(actors(filter.speaker()));
        return query(StatementSearch.partitions(filter, ids, true), Keys.factLow(Keys.FactType.STATEMENT, filter.from()),
                Keys.factHigh(Keys.FactType.STATEMENT, filter.to()), StatementEntry.class, StatementSearch.matches(filter, ids), page);
    }

    @Override
    public Page<StatementEntry> statementsWithTerms(TermFilter filter, PageRequest page) {
        return new TermSearch(new Postings(), readBudget).run(filter, entry -> true, page);
    }

    private static List<Map<String, AttributeValue>> withoutRanking(List<Map<String, AttributeValue>> items) {
        return items.stream().map(i -> {
            Map<String, AttributeValue> item = new HashMap<>(i);
            item.remove(PostingItems.RANKING);
            return item;
        }).toList();
    }

    @Override
    public Page<TermHit> termHits(TermFilter filter, PageRequest page) {
        return new TermSearch(new Postings(), readBudget).hits(filter, page);
    }

    @Override
    public Map<String, StatementEntry> statementsByKey(List<String> factKeys) {
        return new Postings().documents(factKeys);
    }

    /** The {@code TERM#} postings and their statements, read from memory as {@link DynamoPostings} reads them. */
    private final class Postings implements TermSearch.Postings {

        @Override
        public TermSearch.Slice read(String partition, String low, String high, int max) {
            List<Map<String, AttributeValue>> items = inRange(FactQuery.Partition.table(partition), low, high);
            List<PostingItems.Posting> read = items.stream().limit(max + 1L)
                    .flatMap(i -> PostingItems.postings(i, low, high).stream()).toList();
            return new TermSearch.Slice(read, items.size() <= max);
        }

        @Override
        public Map<String, StatementEntry> documents(List<String> factKeys) {
            Map<String, StatementEntry> docs = new HashMap<>();
            statementsRead += factKeys.size();
            for (String fact : factKeys) {
                Map<String, AttributeValue> key = Keys.mainOfFact(fact);
                Map<String, AttributeValue> main = table.get(key.get(TableDefinition.PK).s() + "|" + key.get(TableDefinition.SK).s());
                if (main != null && isCurrent(main)) {
                    docs.put(fact, Json.read(main.get(FactItems.DOC).s(), StatementEntry.class));
                }
            }
            return docs;
        }
    }

    @Override
    public List<ActorProfile> actors(String name) {
        if (NameForm.words(name).isEmpty()) {
            return List.of();
        }
        return resolver.find(name);
    }

    @Override
    public Optional<ActorProfile> actor(String id) {
        String at = id;
        for (int hop = 0; hop < 8 && redirects.containsKey(at); hop++) {
            at = redirects.get(at);
        }
        return Optional.ofNullable(profiles.get(at));
    }

    @Override
    public Optional<Timeline> timeline(String actorId) {
        return actor(actorId).map(p -> new Timeline(p, under(Keys.actorId(p.id()), Keys.FactType.MEETING, MeetingEntry.class),
                under(Keys.actorId(p.id()), Keys.FactType.STATEMENT, StatementEntry.class)));
    }

    @Override
    public List<ActorProfile> actorsOfCountry(String country) {
        return profiles.values().stream().filter(p -> p.country() != null)
                .filter(p -> Keys.country(p.country()).equals(Keys.country(country))).toList();
    }

    @Override
    public Page<ActorProfile> allActors(PageRequest page) {
        String after = page.token() == null ? "" : PageToken.decodeDirectory(page.token());
        List<String> keys = profiles.values().stream().map(p -> Keys.directory(p.name(), p.id()))
                .filter(k -> k.compareTo(after) > 0).sorted().toList();
        List<String> shown = keys.subList(0, Math.min(page.limit(), keys.size()));
        String next = keys.size() > shown.size() ? PageToken.encodeDirectory(shown.get(shown.size() - 1)) : null;
        return new Page<>(shown.stream().map(k -> profiles.get(k.substring(k.indexOf('#') + 1))).toList(), next);
    }

    /** Everything held, one string per entry, for tests that compare two states of the store. */
    Set<String> snapshot() {
        Set<String> all = new TreeSet<>();
        articles.values().forEach(a -> all.add("article " + a));
        extractions.forEach((id, c) -> all.add("extraction " + id + " " + c));
        table.values().forEach(i -> all.add(new TreeMap<>(i).toString()));
        profiles.values().forEach(p -> all.add("actor " + p));
        redirects.forEach((from, to) -> all.add("redirect " + from + " " + to));
        return all;
    }

    /** The feed store over the same memory. */
    public FeedStore feeds() {
        return feeds;
    }

    private List<ActorProfile> withSurname(String skeleton) {
        String prefix = skeleton + "#";
        return profiles.values().stream().filter(p -> Keys.directory(p.name(), p.id()).startsWith(prefix)).toList();
    }

    private void setStatus(StoredArticle s, ArticleStatus status, String reason, String version) {
        articles.put(s.id(), new StoredArticle(s.article(), s.source(), s.ingestedAt(), status, reason,
                version != null ? version : s.extractorVersion()));
    }

    /** Writes items in batches as {@link BatchWriter} does, failing where a failure was planted. */
    private void write(List<Map<String, AttributeValue>> items) {
        for (int i = 0; i < items.size(); i += BatchWriter.BATCH_SIZE) {
            if (batchesBeforeFailure == 0) {
                throw new StoreException("planted failure: the database is gone");
            }
            if (batchesBeforeFailure > 0) {
                batchesBeforeFailure--;
            }
            items.subList(i, Math.min(items.size(), i + BatchWriter.BATCH_SIZE)).forEach(item -> table.put(FactItems.keyString(item), item));
        }
    }

    /**
     * Deletes every main item and term list of another version than {@code current} and their copies and
     * postings, as {@link StaleFacts}.
     */
    private void clean(String articleId, String current) {
        for (Map<String, AttributeValue> main : mains(articleId)) {
            if (!Objects.equals(Keys.versionOfFact(main.get(FactItems.FACT).s()), current)) {
                FactItems.copyKeys(main).forEach(k -> table.remove(FactItems.keyString(k)));
                table.remove(FactItems.keyString(main));
            }
        }
        String pk = Keys.article(articleId);
        for (Map<String, AttributeValue> list : List.copyOf(table.values())) {
            if (list.get(TableDefinition.PK).s().equals(pk) && list.get(TableDefinition.SK).s().startsWith(TermLists.PREFIX)
                    && !Objects.equals(TermLists.versionOf(list), current)) {
                TermLists.postingKeys(list).forEach(k -> table.remove(FactItems.keyString(k)));
                table.remove(FactItems.keyString(list));
            }
        }
    }

    /** The main fact items of an article, in key order. */
    private List<Map<String, AttributeValue>> mains(String articleId) {
        String pk = Keys.article(articleId);
        return table.values().stream().filter(i -> i.get(TableDefinition.PK).s().equals(pk) && i.containsKey(FactItems.FACT))
                .toList();
    }

    private boolean isCurrent(Map<String, AttributeValue> item) {
        return CurrentVersions.isCurrent(item.get(FactItems.FACT).s(),
                id -> Optional.ofNullable(extractions.get(id)).map(Current::version));
    }

    /**
     * Facts of the partitions between two fact keys, newest first, read within the same budget, merged and
     * cut as {@code FactQuery} does.
     */
    private <T> Page<T> query(List<FactQuery.Partition> partitions, String low, String high, Class<T> type,
                              Predicate<T> keep, PageRequest page) {
        String after = page.token() == null ? null : PageToken.decode(page.token());
        String top = after != null && after.compareTo(high) < 0 ? after : high;
        int share = FactQuery.share(readBudget, page.limit(), partitions.size());
        Map<String, T> found = new HashMap<>();
        String resume = null;
        for (FactQuery.Partition p : partitions) {
            Map<String, T> mine = new HashMap<>();
            int read = 0;
            String lowest = null;
            for (Map<String, AttributeValue> item : inRange(p, low, top)) {
                if (mine.size() > page.limit() || read == share) {
                    break;
                }
                read++;
                statementsListed += type == StatementEntry.class ? 1 : 0;
                String fact = item.get(FactItems.FACT).s();
                lowest = fact;
                T value = Json.read(item.get(FactItems.DOC).s(), type);
                if (isCurrent(item) && !fact.equals(after) && keep.test(value)) {
                    mine.put(fact, value);
                }
            }
            mine.forEach(found::putIfAbsent);
            resume = PageCut.higher(resume, read == share && mine.size() <= page.limit() ? lowest : null);
        }
        return PageCut.of(found, resume, page.limit());
    }

    private List<Map<String, AttributeValue>> inRange(FactQuery.Partition p, String low, String top) {
        return table.values().stream()
                .filter(i -> i.containsKey(p.pkAttribute()) && i.get(p.pkAttribute()).s().equals(p.value()))
                .filter(i -> i.get(p.skAttribute()).s().compareTo(low) >= 0 && i.get(p.skAttribute()).s().compareTo(top) <= 0)
                .sorted(Comparator.comparing((Map<String, AttributeValue> i) -> i.get(p.skAttribute()).s()).reversed())
                .toList();
    }

    private <T> List<T> under(String pk, Keys.FactType type, Class<T> kind) {
        return table.values().stream()
                .filter(i -> i.get(TableDefinition.PK).s().equals(pk) && i.get(TableDefinition.SK).s().startsWith(type.prefix + "#"))
                .filter(this::isCurrent)
                .sorted(Comparator.comparing(i -> i.get(TableDefinition.SK).s()))
                .map(i -> Json.read(i.get(FactItems.DOC).s(), kind)).toList();
    }

    private static <T> List<T> decode(List<Map<String, AttributeValue>> items, String prefix, Class<T> kind) {
        return items.stream().filter(i -> i.get(TableDefinition.SK).s().startsWith(prefix))
                .map(i -> Json.read(i.get(FactItems.DOC).s(), kind)).toList();
    }

    /** {@link FeedStore} in memory, with the same conditional writes as {@link DynamoFeedStore}. */
    private static final class Feeds implements FeedStore {

        private final Map<String, FeedRecord> feeds = new LinkedHashMap<>();
        private final Map<String, SeenUrl> seen = new HashMap<>();

        @Override
        public boolean add(String url) {
            return feeds.putIfAbsent(FeedKeys.feed(url), FeedRecord.of(url)) == null;
        }

        @Override
        public boolean remove(String url) {
            return feeds.remove(FeedKeys.feed(url)) != null;
        }

        @Override
        public List<FeedRecord> list() {
            return List.copyOf(feeds.values());
        }

        @Override
        public Optional<FeedRecord> find(String url) {
            return Optional.ofNullable(feeds.get(FeedKeys.feed(url)));
        }

        @Override
        public void saveRun(FeedRecord feed) {
            feeds.computeIfPresent(FeedKeys.feed(feed.url()), (k, old) -> feed);
        }

        @Override
        public Optional<SeenUrl> seen(String url) {
            return Optional.ofNullable(seen.get(FeedKeys.seen(url)));
        }

        @Override
        public boolean recordSeen(SeenUrl record, int previousAttempts) {
            String key = FeedKeys.seen(record.url());
            SeenUrl before = seen.get(key);
            boolean expected = previousAttempts == 0 ? before == null : before != null && before.attempts() == previousAttempts;
            if (expected) {
                seen.put(key, record);
            }
            return expected;
        }
    }
}
