package io.parley.store;

import static io.parley.testing.Facts.ARAGHCHI;
import static io.parley.testing.Facts.LAVROV;
import static io.parley.testing.Facts.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.actors.NameForm;
import io.parley.json.Json;
import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.ActorProfile;
import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingRef;
import io.parley.model.Statement;
import io.parley.model.StatementEntry;
import io.parley.model.TitleSpan;
import io.parley.testing.Facts;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ParleyStore} must do, run against DynamoDB ({@link DynamoParleyStoreIT}, dynalite) and
 * against the in-memory fixture ({@link InMemoryStoreTest}), so the fast tests' store answers as the real one.
 */
abstract class ParleyStoreContract {

    private static final Pattern FACT_KEY = Pattern.compile("fact=AttributeValue\\(S=([MS]#[^)]*)\\)");
    private static final LocalDate NOV_19 = LocalDate.of(2025, 11, 19);
    private static final String TEXT = """
            Lavrov and Araghchi hold talks in Moscow

            MOSCOW, Nov 19 — Russian Foreign Minister Sergey Lavrov met his Iranian counterpart Abbas Araghchi on Tuesday.
            Lavrov said the sides discussed Iran’s nuclear programme and sanctions relief.
            Araghchi said Tehran valued the partnership with Moscow.
            Lavrov later spoke by phone with Chinese Foreign Minister Wang Yi.
            """;

    private ParleyStore store;
    private Article article;

    /** A store with nothing in it whose listings read at most {@code readBudget} fact items per request. */
    abstract ParleyStore emptyStore(int readBudget);

    /** Makes the store's fact writes fail, as a database that died would, after {@code batches} more batches. */
    abstract void failBatchWritesAfter(int batches);

    /** A store with nothing in it. */
    ParleyStore emptyStore() {
        return emptyStore(FactQuery.READ_BUDGET);
    }

    /** Everything the store holds, one string per item, to compare two states. */
    abstract Set<String> allItems();

    @BeforeEach
    void emptyTable() {
        store = emptyStore();
        article = Facts.article("a1", NOV_19, TEXT);
    }

    @Test
    void savesAnArticleOnceAndKeepsTheFirstCopy() {
        assertTrue(store.saveNew(StoredArticle.received(article, "api", Instant.parse("2025-11-19T10:00:00Z"))));
        Article altered = new Article(article.info(), TEXT + "changed");

        assertFalse(store.saveNew(StoredArticle.received(altered, "s3://bucket/incoming/x.txt", Instant.now())));

        StoredArticle read = store.find("a1").orElseThrow();
        assertEquals(TEXT, read.article().text());
        assertEquals("api", read.source());
        assertEquals(ArticleStatus.STORED, read.status());
    }

    @Test
    void savingTheSameExtractionTwiceLeavesExactlyTheSameItems() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        store.saveExtraction("a1", extraction(), "test-1");
        Set<String> first = allItems();

        store.saveExtraction("a1", extraction(), "test-1");

        assertEquals(first, allItems());
        assertEquals(ArticleStatus.EXTRACTED, store.find("a1").orElseThrow().status());
        assertEquals("test-1", store.find("a1").orElseThrow().extractorVersion());
    }

    @Test
    void reExtractionRemovesFactsThatAreNoLongerFound() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        store.saveExtraction("a1", extraction(), "test-1");

        Extraction smaller = new Extraction(article.info(), List.of(), extraction().statements().subList(0, 1), "one");
        store.saveExtraction("a1", smaller, "test-2");

        assertEquals(List.of(), store.meetings(MeetingFilter.any(), PageRequest.first(10)).items());
        assertEquals(1, store.statements(StatementFilter.any(), PageRequest.first(10)).items().size());
        assertEquals("one", store.extraction("a1").orElseThrow().summary());
    }

    @Test
    void storedExtractionReadsBackInOrder() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        store.saveExtraction("a1", extraction(), "test-1");

        Extraction read = store.extraction("a1").orElseThrow();

        assertEquals(extraction().meetings(), read.meetings());
        assertEquals(extraction().statements(), read.statements());
    }

    @Test
    void aStatementSaidAtAMeetingIsStoredWithThatMeetingAndReadsBackWithItsLink() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        Extraction plain = extraction();
        Statement atTalks = plain.statements().get(0).atMeeting(new MeetingRef(0, "after the talks", "at-meeting:told-before"));
        store.saveExtraction("a1", new Extraction(article.info(), plain.meetings(),
                List.of(atTalks, plain.statements().get(1)), plain.summary()), "test-1");

        List<StatementEntry> read = store.statements(StatementFilter.any(), PageRequest.first(10)).items();
        StatementEntry lavrov = read.stream().filter(e -> e.statement().speaker().equals(LAVROV)).findFirst().orElseThrow();
        StatementEntry araghchi = read.stream().filter(e -> e.statement().speaker().equals(ARAGHCHI)).findFirst().orElseThrow();
        MeetingEntry talks = store.meetings(new MeetingFilter(null, null, null, null, MeetingKind.IN_PERSON),
                PageRequest.first(10)).items().get(0);

        assertEquals(talks, lavrov.meeting());
        assertEquals(atTalks, lavrov.statement());
        assertNull(araghchi.meeting());
        assertEquals(atTalks, store.extraction("a1").orElseThrow().statements().get(0));
    }

        @Test
    void failureKeepsTheReasonAndTheArticle() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));

        store.markFailed("a1", "extractor crashed: boom");

        StoredArticle read = store.find("a1").orElseThrow();
        assertEquals(ArticleStatus.FAILED, read.status());
        assertEquals("extractor crashed: boom", read.reason());
        assertEquals(TEXT, read.article().text());
    }

    @Test
    void writesToAMissingArticleAreRefusedWithoutCreatingIt() {
        assertThrows(ArticleNotFoundException.class, () -> store.markFailed("nope", "x"));
        assertThrows(ArticleNotFoundException.class, () -> store.saveExtraction("nope", extraction(), "v"));
        assertTrue(store.find("nope").isEmpty());
    }

    @Test
    void findsMeetingsByActorSurnameFullNameCountryAndKind() {
        storeExtracted();

        assertEquals(2, store.meetings(new MeetingFilter("Lavrov", null, null, null, null), PageRequest.first(10)).items().size());
        assertEquals(2, store.meetings(new MeetingFilter("sergey lavrov", null, null, null, null), PageRequest.first(10)).items().size());
        assertEquals(0, store.meetings(new MeetingFilter("Ivan Lavrov", null, null, null, null), PageRequest.first(10)).items().size());
        assertEquals(List.of(WANG, LAVROV).size(), store.meetings(new MeetingFilter(null, "China", null, null, null), PageRequest.first(10))
                .items().get(0).meeting().participants().size());
        List<MeetingEntry> calls = store.meetings(new MeetingFilter(null, null, null, null, MeetingKind.PHONE_CALL), PageRequest.first(10)).items();
        assertEquals(1, calls.size());
        assertTrue(calls.get(0).meeting().participants().contains(WANG));
    }

    @Test
    void dateRangeIsInclusiveAndUsesTheMeetingDate() {
        storeExtracted();

        LocalDate tuesday = LocalDate.of(2025, 11, 18);
        List<MeetingEntry> onTuesday = store.meetings(new MeetingFilter(null, null, tuesday, tuesday, null), PageRequest.first(10)).items();

        assertEquals(1, onTuesday.size());
        assertEquals(tuesday, onTuesday.get(0).meeting().date());
        assertEquals(0, store.meetings(new MeetingFilter(null, null, LocalDate.of(2025, 12, 1), null, null), PageRequest.first(10)).items().size());
    }

    @Test
    void meetingsOfEachFilterAreEveryPageOfThatFilterOfTheCurrentExtraction() {
        store = emptyStore(50);
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        String sentence = "Sergey Lavrov met his Iranian counterpart Abbas Araghchi on Tuesday.";
        LocalDate first = LocalDate.of(2025, 9, 1);
        List<Meeting> earlier = new ArrayList<>();
        List<Meeting> now = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            Actor[] who = i % 3 == 0 ? new Actor[] {LAVROV, ARAGHCHI} : new Actor[] {WANG, LAVROV};
            earlier.add(Facts.meeting(article, sentence, MeetingKind.IN_PERSON, first.plusDays(i / 2), who));
            now.add(Facts.meeting(article, sentence, MeetingKind.IN_PERSON, first.plusDays(i / 2 + 1), who));
        }
        store.saveExtraction("a1", new Extraction(article.info(), earlier, List.of(), "s"), "v1");
        store.saveExtraction("a1", new Extraction(article.info(), now, List.of(), "s"), "v2");
        List<MeetingFilter> filters = List.of(
                new MeetingFilter("Lavrov", null, first.plusDays(10), first.plusDays(20), null),
                new MeetingFilter("Wang Yi", null, null, null, null),
                new MeetingFilter("Araghchi", null, first.plusDays(50), null, null),
                new MeetingFilter("Nobody Known", null, null, null, null));

        List<List<MeetingEntry>> each = store.meetingsOfEach(filters);

        assertEquals(filters.stream().map(this::readAll).toList(), each);
        assertEquals(22, each.get(0).size());
        assertEquals(80, each.get(1).size());
        assertTrue(each.get(1).stream().allMatch(m -> !m.meeting().date().isBefore(first.plusDays(1))), "only v2's meetings");
    }

    @Test
    void findsStatementsBySpeakerTopicAndWords() {
        storeExtracted();

        List<StatementEntry> byLavrov = store.statements(new StatementFilter("Lavrov", null, null, null, null), PageRequest.first(10)).items();
        assertEquals(1, byLavrov.size());
        assertEquals("a1", byLavrov.get(0).articleId());
        assertEquals(1, store.statements(new StatementFilter(null, "sanctions", null, null, null), PageRequest.first(10)).items().size());
        assertEquals(1, store.statements(new StatementFilter(null, null, "PARTNERSHIP with", null, null), PageRequest.first(10)).items().size());
        assertEquals(0, store.statements(new StatementFilter("Araghchi", "sanctions", null, null, null), PageRequest.first(10)).items().size());
    }

    @Test
    void pagesThroughManyStatementsWithoutGapsOrRepeats() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        List<Statement> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(Facts.statement(article, "Araghchi said Tehran valued the partnership with Moscow.", ARAGHCHI, "trade"));
        }
        store.saveExtraction("a1", new Extraction(article.info(), List.of(), many, "s"), "v");

        List<StatementEntry> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<StatementEntry> page = store.statements(new StatementFilter("Araghchi", null, null, null, null), new PageRequest(7, token));
            seen.addAll(page.items());
            token = page.next();
            pages++;
        } while (token != null);

        assertEquals(30, seen.size());
        assertEquals(5, pages);
    }

    @Test
    void lastPageHasNoNextToken() {
        storeExtracted();

        assertNull(store.statements(StatementFilter.any(), PageRequest.first(10)).next());
    }

    @Test
    void rejectsAForgedPageToken() {
        storeExtracted();

        assertThrows(InvalidPageTokenException.class,
                () -> store.statements(StatementFilter.any(), new PageRequest(5, "bm90LWEtdG9rZW4")));
        assertThrows(InvalidPageTokenException.class,
                () -> store.statements(StatementFilter.any(), new PageRequest(5, "%%%")));
    }

    @Test
    void actorDirectoryFindsPeopleBySurname() {
        storeExtracted();

        assertEquals(List.of(LAVROV), store.actors("lavrov").stream().map(ActorProfile::actor).toList());
        assertEquals(List.of(), store.actors("Putin"));
    }

    @Test
    void spellingVariantsAcrossArticlesAreOneActorButNamesakesStayApart() {
        storeExtracted();
        Article other = Facts.article("a2", LocalDate.of(2025, 11, 21), """
                Lavrov warns on sanctions

                Sergei Lavrov said new sanctions would fail. Dmitry Lavrov of Belarus said trade was growing.
                """);
        store.saveNew(StoredArticle.received(other, "api", Instant.EPOCH));
        Actor sergei = new Actor("Sergei Lavrov", null, null);
        Actor dmitry = new Actor("Dmitry Lavrov", "Trade Minister", "Belarus");
        store.saveExtraction("a2", new Extraction(other.info(), List.of(), List.of(
                Facts.statement(other, "Sergei Lavrov said new sanctions would fail.", sergei, "sanctions"),
                Facts.statement(other, "Dmitry Lavrov of Belarus said trade was growing.", dmitry, "trade")), "s"), "v");

        List<ActorProfile> sergey = store.actors("Sergey Lavrov");
        assertEquals(1, sergey.size());
        assertEquals(List.of("Sergei Lavrov", "Sergey Lavrov"), sergey.get(0).aliases());
        assertEquals(2, store.statements(new StatementFilter("Sergei Lavrov", null, null, null, null), PageRequest.first(10)).items().size());
        assertEquals(1, store.statements(new StatementFilter("Dmitry Lavrov", null, null, null, null), PageRequest.first(10)).items().size());
        assertEquals(2, store.actors("Lavrov").size());
        assertEquals(List.of("Dmitry Lavrov"), store.actorsOfCountry("Belarus").stream().map(ActorProfile::name).toList());
        assertEquals(sergey.get(0), store.actor(sergey.get(0).id()).orElseThrow());
    }

    @Test
    void aProfileKeepsItsTitlesWithTheirDatesAndReadsThemBack() {
        LocalDate march = LocalDate.of(2026, 3, 3);
        LocalDate june = LocalDate.of(2026, 6, 16);
        saveSpeech("t1", march, new Actor("Kadri Tamm", "Foreign Minister", "Estonia"));
        saveSpeech("t2", june, new Actor("Kadri Tamm", "Prime Minister", "Estonia"));

        ActorProfile tamm = store.actors("Kadri Tamm").get(0);
        assertEquals("Prime Minister", tamm.title());
        assertEquals(List.of(new TitleSpan("Foreign Minister", march, march), new TitleSpan("Prime Minister", june, june)),
                tamm.titles());
        assertEquals(tamm, store.actor(tamm.id()).orElseThrow());
    }

    private void saveSpeech(String id, LocalDate published, Actor speaker) {
        Article a = Facts.article(id, published, "Tamm speaks\n\nKadri Tamm said the talks went well.\n");
        store.saveNew(StoredArticle.received(a, "api", Instant.EPOCH));
        store.saveExtraction(id, new Extraction(a.info(), List.of(), List.of(
                Facts.statement(a, "Kadri Tamm said the talks went well.", speaker, "talks")), "s"), "v");
    }

    @Test
    void allActorsPagesThroughEveryProfileOnceInDirectoryOrder() {
        storeExtracted();
        Article other = Facts.article("a2", LocalDate.of(2025, 11, 21), """
                Envoys speak

                Dmitry Lavrov said trade was growing. Anna Zorin said talks would go on.
                """);
        store.saveNew(StoredArticle.received(other, "api", Instant.EPOCH));
        store.saveExtraction("a2", new Extraction(other.info(), List.of(), List.of(
                Facts.statement(other, "Dmitry Lavrov said trade was growing.", new Actor("Dmitry Lavrov", null, "Belarus"), "trade"),
                Facts.statement(other, "Anna Zorin said talks would go on.", new Actor("Anna Zorin", null, null), "talks")),
                "s"), "v");

        List<ActorProfile> whole = store.allActors(PageRequest.first(100)).items();
        List<ActorProfile> paged = new ArrayList<>();
        String token = null;
        do {
            Page<ActorProfile> page = store.allActors(new PageRequest(2, token));
            assertTrue(page.items().size() <= 2, page.toString());
            paged.addAll(page.items());
            token = page.next();
        } while (token != null);

        assertEquals(whole, paged);
        assertEquals(whole.size(), whole.stream().map(ActorProfile::id).distinct().count());
        assertTrue(whole.stream().map(ActorProfile::name).toList().containsAll(List.of("Dmitry Lavrov", "Anna Zorin")),
                whole.toString());
        whole.forEach(p -> assertEquals(p, store.actor(p.id()).orElseThrow()));
        List<String> surnames = whole.stream().map(p -> NameForm.skeleton(NameForm.surname(p.name()))).toList();
        assertEquals(surnames.stream().sorted().toList(), surnames);
        assertThrows(InvalidPageTokenException.class, () -> store.allActors(new PageRequest(2, "bm90LWEtdG9rZW4")));
    }

    @Test
    void aReExtractionThatDiesHalfWayLeavesTheEarlierFactsWholeAndAloneVisible() {
        storeExtracted();
        failBatchWritesAfter(1);

        assertThrows(RuntimeException.class, () -> store.saveExtraction("a1", other(), "test-2"));

        failBatchWritesAfter(-1);
        assertEquals(extraction().meetings(), store.extraction("a1").orElseThrow().meetings());
        assertEquals(extraction().statements(), store.extraction("a1").orElseThrow().statements());
        assertEquals(2, store.meetings(MeetingFilter.any(), PageRequest.first(10)).items().size());
        assertEquals(2, store.statements(StatementFilter.any(), PageRequest.first(10)).items().size());
        assertEquals(1, store.statements(new StatementFilter("Lavrov", null, null, null, null), PageRequest.first(10)).items().size());
        String lavrov = store.actors("Lavrov").get(0).id();
        assertEquals(2, store.timeline(lavrov).orElseThrow().meetings().size());
        assertEquals(1, store.timeline(lavrov).orElseThrow().statements().size());
    }

    @Test
    void aFailedArticleExposesNoFactsAndItsLeftoversAreDeleted() {
        storeExtracted();
        failBatchWritesAfter(1);
        assertThrows(RuntimeException.class, () -> store.saveExtraction("a1", other(), "test-2"));
        failBatchWritesAfter(-1);

        store.markFailed("a1", "the database went away");

        assertTrue(store.extraction("a1").isEmpty());
        assertEquals(List.of(), store.meetings(MeetingFilter.any(), PageRequest.first(10)).items());
        assertEquals(List.of(), store.statements(StatementFilter.any(), PageRequest.first(10)).items());
        String lavrov = store.actors("Lavrov").get(0).id();
        assertEquals(List.of(), store.timeline(lavrov).orElseThrow().meetings());
        assertEquals(Set.of(), factVersions());
    }

    @Test
    void theNextExtractionAfterACrashLeavesOnlyItsOwnFacts() {
        storeExtracted();
        failBatchWritesAfter(1);
        assertThrows(RuntimeException.class, () -> store.saveExtraction("a1", other(), "test-2"));
        failBatchWritesAfter(-1);

        store.saveExtraction("a1", other(), "test-3");

        assertEquals(other().statements(), store.extraction("a1").orElseThrow().statements());
        assertEquals(List.of(), store.meetings(MeetingFilter.any(), PageRequest.first(10)).items());
        assertEquals(1, factVersions().size());
    }

    @Test
    void anExtractionWhoseFactsExceedTheItemLimitFitsAndIsReplacedWhole() {
        String sentence = "Araghchi said " + "the talks on trade, transit and energy would go on ".repeat(14) + "in Moscow.";
        Article big = Facts.article("big", NOV_19, "Trade talks go on\n\n" + sentence + "\n");
        store.saveNew(StoredArticle.received(big, "api", Instant.EPOCH));
        List<Statement> many = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            many.add(Facts.statement(big, sentence, ARAGHCHI, "trade"));
        }
        Extraction large = new Extraction(big.info(), List.of(), many, "many");
        assertTrue(Json.write(large).length() > 400_000, "the facts must exceed one item's 400 KB");

        store.saveExtraction("big", large, "v");

        assertEquals(600, store.extraction("big").orElseThrow().statements().size());
        assertEquals(600, readAll(new StatementFilter("Araghchi", null, null, null, null)).size());
        store.saveExtraction("big", new Extraction(big.info(), List.of(), many.subList(0, 1), "one"), "v");
        assertEquals(1, readAll(new StatementFilter(null, "trade", null, null, null)).size());
        assertEquals(1, factVersions().size());
    }

    @Test
    void aFilterThatMatchesNothingReadsOneBudgetAndAnswersWithANextToken() {
        store = emptyStore(50);
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        List<Statement> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(Facts.statement(article, "Araghchi said Tehran valued the partnership with Moscow.", ARAGHCHI, "trade"));
        }
        store.saveExtraction("a1", new Extraction(article.info(), List.of(), many, "s"), "v");
        // "would" has no postings (lexicon/index-stopwords.txt), so this filter scans the statements
        StatementFilter nothing = new StatementFilter(null, null, "would", null, null);

        Page<StatementEntry> first = store.statements(nothing, PageRequest.first(10));

        assertEquals(List.of(), first.items());
        assertTrue(first.next() != null, "a page cut short by its budget says where to go on");
        int pages = 1;
        for (String token = first.next(); token != null; pages++) {
            Page<StatementEntry> page = store.statements(nothing, new PageRequest(10, token));
            assertEquals(List.of(), page.items());
            token = page.next();
        }
        assertEquals(3, pages);
        assertEquals(120, readAll(new StatementFilter(null, null, "partnership", null, null)).size());
    }

    @Test
    void aWordFilterReadsThePostingsOfItsWordsAndAnUnknownWordAnswersAtOnce() {
        store = emptyStore(50);
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        List<Statement> many = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            many.add(Facts.statement(article, "Araghchi said Tehran valued the partnership with Moscow.", ARAGHCHI, "trade"));
        }
        many.add(Facts.statement(article, "Lavrov said the sides discussed Iran’s nuclear programme and sanctions relief.",
                LAVROV, "sanctions"));
        store.saveExtraction("a1", new Extraction(article.info(), List.of(), many, "s"), "v");

        Page<StatementEntry> unknown = store.statements(new StatementFilter(null, null, "uranium", null, null), PageRequest.first(10));
        Page<StatementEntry> rare = store.statements(new StatementFilter(null, null, "nuclear relief", null, null), PageRequest.first(10));

        assertEquals(new Page<StatementEntry>(List.of(), null), unknown);
        assertEquals(1, rare.items().size());
        assertEquals(LAVROV, rare.items().get(0).statement().speaker());
        assertNull(rare.next());
        assertEquals(List.of(), store.statements(new StatementFilter(null, null, "nuclear partnership", null, null),
                PageRequest.first(10)).items());
    }

    @Test
    void termFilterNeedsEveryGroupAndAnyTermOfAGroupWithinTheDates() {
        storeExtracted();
        TermFilter iranOrRussiaAndSanctions = new TermFilter(List.of(Set.of("iran", "russia"), Set.of("sanction")), null, null);
        TermFilter partnership = new TermFilter(List.of(Set.of("partnership")), null, null);

        List<StatementEntry> found = store.statementsWithTerms(iranOrRussiaAndSanctions, PageRequest.first(10)).items();

        assertEquals(List.of(LAVROV), found.stream().map(e -> e.statement().speaker()).toList());
        assertEquals(List.of(ARAGHCHI), store.statementsWithTerms(partnership, PageRequest.first(10)).items().stream()
                .map(e -> e.statement().speaker()).toList());
        assertEquals(List.of(), store.statementsWithTerms(new TermFilter(List.of(Set.of("partnership")), NOV_19.plusDays(1), null),
                PageRequest.first(10)).items());
        assertEquals(1, store.statementsWithTerms(new TermFilter(List.of(Set.of("partnership")), NOV_19, NOV_19),
                PageRequest.first(10)).items().size());
        assertThrows(IllegalArgumentException.class, () -> new TermFilter(List.of(Set.of("the")), null, null));
    }

    @Test
    void termHitsAreTheStatementsTheWordsFindWithWhatRankingNeedsReadByKeyOnlyWhileCurrent() {
        storeExtracted();
        TermFilter iranOrRussiaAndSanctions = new TermFilter(List.of(Set.of("iran", "russia"), Set.of("sanction")), null, null);
        List<StatementEntry> found = store.statementsWithTerms(iranOrRussiaAndSanctions, PageRequest.first(10)).items();

        List<TermHit> hits = store.termHits(iranOrRussiaAndSanctions, PageRequest.first(10)).items();

        assertEquals(1, hits.size());
        TermHit hit = hits.get(0);
        List<String> ranking = SearchTerms.ranking(found.get(0).statement());
        assertTrue(hit.ranked());
        assertEquals(ranking.size(), hit.length());
        assertEquals(ranking.stream().filter("sanction"::equals).count(), hit.count("sanction"));
        assertEquals(LAVROV.country(), hit.country());
        Map<String, StatementEntry> byKey = store.statementsByKey(List.of(hit.fact()));
        assertEquals(found, List.copyOf(byKey.values()));

        store.saveExtraction("a1", other(), "test-2");

        assertEquals(Map.of(), store.statementsByKey(List.of(hit.fact())), "a superseded version's statement is not read");
    }

    @Test
    void termPagesGoOnWhereABudgetStoppedThemWithoutGapsOrRepeats() {
        store = emptyStore(50);
        for (int day = 1; day <= 150; day++) {
            Article a = Facts.article("t" + day, LocalDate.of(2025, 7, 1).plusDays(day), "Trade talks\n\n" + ("Araghchi said trade with "
                    + "Moscow grew. ").repeat(day % 3 + 1) + "Lavrov said talks on day " + day + " went well.\n");
            store.saveNew(StoredArticle.received(a, "api", Instant.EPOCH));
            List<Statement> said = new ArrayList<>();
            said.add(Facts.statement(a, "Araghchi said trade with Moscow grew.", ARAGHCHI, "trade"));
            said.add(Facts.statement(a, "Lavrov said talks on day " + day + " went well.", LAVROV, "talks"));
            store.saveExtraction(a.info().id(), new Extraction(a.info(), List.of(), said, "s"), "v");
        }
        // "grew" and "moscow" have 150 posting items (one statement each): each read stops at its budget share of
        // items, so pages end early
        TermFilter both = new TermFilter(List.of(Set.of("grew"), Set.of("moscow")), null, null);

        List<StatementEntry> seen = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<StatementEntry> page = store.statementsWithTerms(both, new PageRequest(100, token));
            assertTrue(page.items().size() <= 51, "each list reads at most 51 posting items (its share, at least 50): "
                    + page.items().size());
            seen.addAll(page.items());
            token = page.next();
            pages++;
        } while (token != null && pages < 50);

        assertEquals(150, seen.size());
        assertTrue(pages >= 3, "a budget of 50 items shared by two lists cannot answer 150 in " + pages + " pages of 100");
        List<LocalDate> dates = seen.stream().map(StatementEntry::published).toList();
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates);
        assertEquals(150, seen.stream().map(StatementEntry::articleId).distinct().count());
    }

    @Test
    void aHalfWrittenExtractionIsNotFoundByItsWords() {
        storeExtracted();
        // the whole dateline paragraph: enough postings (over 25) that some are written before the planted failure
        String paragraph = TEXT.substring(TEXT.indexOf("MOSCOW"));
        Extraction longer = new Extraction(article.info(), List.of(), List.of(Facts.statement(article, paragraph.strip(),
                ARAGHCHI, "energy")), "longer");
        failBatchWritesAfter(2);

        assertThrows(RuntimeException.class, () -> store.saveExtraction("a1", longer, "test-2"));

        failBatchWritesAfter(-1);
        assertTrue(String.join("\n", allItems()).contains("TERM#tuesday"), "the new version's posting was written");
        assertEquals(List.of(), store.statements(new StatementFilter(null, null, "Tuesday", null, null), PageRequest.first(10)).items());
        assertEquals(List.of(), store.statementsWithTerms(new TermFilter(List.of(Set.of("tuesday")), null, null),
                PageRequest.first(10)).items());
        assertEquals(1, store.statements(new StatementFilter(null, null, "partnership", null, null), PageRequest.first(10)).items().size());
    }

    @Test
    void reExtractionMovesTheWordsToTheNewFactsAndDeletesTheOldPostings() {
        storeExtracted();

        store.saveExtraction("a1", other(), "test-2");

        assertEquals(List.of(), store.statementsWithTerms(new TermFilter(List.of(Set.of("sanction")), null, null),
                PageRequest.first(10)).items());
        assertEquals(List.of("energy"), store.statementsWithTerms(new TermFilter(List.of(Set.of("partnership")), null, null),
                PageRequest.first(10)).items().get(0).statement().topics());
        assertEquals(1, factVersions().size());
        assertFalse(String.join("\n", allItems()).contains("TERM#sanction"));
    }

    @Test
    void aWordSearchAfterReExtractionShowsTheNewVersionNotTheDocumentsReadBefore() {
        storeExtracted();
        TermFilter partnership = new TermFilter(List.of(Set.of("partnership")), null, null);
        assertEquals(1, store.statementsWithTerms(partnership, PageRequest.first(10)).items().size());

        store.saveExtraction("a1", other(), "test-2");
        assertEquals(List.of("energy"), store.statementsWithTerms(partnership, PageRequest.first(10)).items().get(0)
                .statement().topics());
        store.markFailed("a1", "the text was a press release");

        assertEquals(List.of(), store.statementsWithTerms(partnership, PageRequest.first(10)).items(),
                "a failed article shows no statements, whatever was read before");
    }

    @Test
    void aWordWithoutPostingsIsStillCheckedOnTheStatementsItsOtherWordsFind() {
        storeExtracted();

        assertFalse(String.join("\n", allItems()).contains("TERM#with"), "'with' has no postings");
        assertEquals(1, store.statements(new StatementFilter(null, null, "partnership with", null, null),
                PageRequest.first(10)).items().size());
        assertEquals(List.of(), store.statements(new StatementFilter(null, null, "partnership about", null, null),
                PageRequest.first(10)).items());
        assertEquals(List.of(), store.statements(new StatementFilter(null, null, "partnership s", null, null),
                PageRequest.first(10)).items());
    }

    @Test
    void anArticlesStatementsShareOnePostingPerTerm() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        store.saveExtraction("a1", new Extraction(article.info(), List.of(), List.of(
                Facts.statement(article, "Araghchi said Tehran valued the partnership with Moscow.", ARAGHCHI, "trade"),
                Facts.statement(article, "Lavrov later spoke by phone with Chinese Foreign Minister Wang Yi.", LAVROV, "trade")),
                "s"), "test-1");

        long postings = allItems().stream().filter(i -> i.contains("pk=AttributeValue(S=TERM#trade)")).count();
        assertEquals(1, postings, "one TERM#trade posting for the article's two statements");
        assertEquals(2, store.statementsWithTerms(new TermFilter(List.of(Set.of("trade")), null, null),
                PageRequest.first(10)).items().size());
        assertEquals(List.of(LAVROV.name()), store.statementsWithTerms(new TermFilter(List.of(Set.of("trade"), Set.of("phone")),
                null, null), PageRequest.first(10)).items().stream().map(e -> e.statement().speaker().name()).toList());
    }

    @Test
    void factsOfManyArticlesSpreadOverShardsAndListNewestFirstWithoutGaps() {
        for (int day = 1; day <= 24; day++) {
            Article a = Facts.article("s" + day, LocalDate.of(2025, 9, day), "Talks\n\nLavrov said round " + day + " was useful.\n");
            store.saveNew(StoredArticle.received(a, "api", Instant.EPOCH));
            store.saveExtraction(a.info().id(), new Extraction(a.info(), List.of(), List.of(
                    Facts.statement(a, "Lavrov said round " + day + " was useful.", LAVROV, "talks")), "s"), "v");
        }

        List<LocalDate> dates = readAll(StatementFilter.any()).stream().map(StatementEntry::published).toList();
        List<LocalDate> paged = new ArrayList<>();
        String token = null;
        do {
            Page<StatementEntry> page = store.statements(StatementFilter.any(), new PageRequest(5, token));
            page.items().forEach(e -> paged.add(e.published()));
            token = page.next();
        } while (token != null);

        assertEquals(24, dates.size());
        assertEquals(dates.stream().sorted(Comparator.reverseOrder()).toList(), dates);
        assertEquals(dates, paged);
        Set<String> shards = new TreeSet<>();
        Matcher m = Pattern.compile("TYPE#S#\\d").matcher(String.join("\n", allItems()));
        while (m.find()) {
            shards.add(m.group());
        }
        assertTrue(shards.size() > 1, "24 articles in one shard: " + shards);
        Set<String> ids = new TreeSet<>();
        store.articleIds().forEach(ids::add);
        assertEquals(24, ids.size());
    }

    private List<MeetingEntry> readAll(MeetingFilter filter) {
        List<MeetingEntry> seen = new ArrayList<>();
        String token = null;
        do {
            Page<MeetingEntry> page = store.meetings(filter, new PageRequest(100, token));
            seen.addAll(page.items());
            token = page.next();
        } while (token != null);
        return seen;
    }

    private List<StatementEntry> readAll(StatementFilter filter) {
        List<StatementEntry> seen = new ArrayList<>();
        String token = null;
        do {
            Page<StatementEntry> page = store.statements(filter, new PageRequest(100, token));
            seen.addAll(page.items());
            token = page.next();
        } while (token != null);
        return seen;
    }

    /** The extraction versions of every fact item held. */
    private Set<String> factVersions() {
        Set<String> versions = new TreeSet<>();
        Matcher m = FACT_KEY.matcher(String.join("\n", allItems()));
        while (m.find()) {
            versions.add(Keys.versionOfFact(m.group(1)));
        }
        return versions;
    }

    /** Another result for the article: one statement, no meeting. */
    private Extraction other() {
        return new Extraction(article.info(), List.of(), List.of(
                Facts.statement(article, "Araghchi said Tehran valued the partnership with Moscow.", ARAGHCHI, "energy")), "other");
    }

    @Test
    void aRevisionMovesTheFactsOfABareSurnameToTheNamesakeItsEvidenceNames() {
        Actor bare = new Actor("Lavrov", "Foreign Minister", null);
        Actor demir = new Actor("Hakan Demir", "Foreign Minister", "Turkey");
        Set<String> groups = new TreeSet<>();
        groups.addAll(saveMeeting("n1", LocalDate.of(2026, 3, 2), "Foreign Minister Lavrov met Turkish Foreign Minister Hakan Demir.", bare, demir));
        groups.addAll(saveMeeting("n2", LocalDate.of(2026, 3, 5), "Kazakh Energy Minister Alexander Lavrov met Uzbek Energy Minister Timur Rakhimov.",
                new Actor("Alexander Lavrov", "Energy Minister", "Kazakhstan"), new Actor("Timur Rakhimov", "Energy Minister", "Uzbekistan")));
        String alexander = idOf("n2", "Alexander Lavrov");
        assertEquals(alexander, idOf("n1", "Lavrov"), "the only Lavrov known took the bare one");
        groups.addAll(saveMeeting("n3", LocalDate.of(2026, 3, 9), "Russian Foreign Minister Sergei Lavrov met Turkish Foreign Minister Hakan Demir.",
                new Actor("Sergei Lavrov", "Foreign Minister", "Russia"), demir));
        assertTrue(groups.contains(NameForm.skeleton("lavrov")), groups.toString());
        Set<String> before = allItems();

        ActorsRevised done = store.reviseActors(NameForm.skeleton("lavrov"));

        String sergei = idOf("n3", "Sergei Lavrov");
        assertEquals(sergei, idOf("n1", "Lavrov"));
        assertEquals(alexander, idOf("n2", "Alexander Lavrov"));
        assertEquals(List.of("Energy Minister"), store.actor(alexander).orElseThrow().titles().stream().map(TitleSpan::title).toList());
        assertEquals(List.of("Lavrov", "Sergei Lavrov"), store.actor(sergei).orElseThrow().aliases());
        assertEquals(2, store.timeline(sergei).orElseThrow().meetings().size());
        assertEquals(1, store.meetings(new MeetingFilter("Alexander Lavrov", null, null, null, null), PageRequest.first(10)).items().size());
        assertEquals(1, done.moved());
        assertEquals(1, done.refiled());
        Set<String> after = allItems();
        long changed = after.stream().filter(i -> !before.contains(i)).count() + before.stream().filter(i -> !after.contains(i)).count();
        System.out.printf("REVISIONCOST moved=%d refiled=%d items_changed=%d%n", done.moved(), done.refiled(), changed);
        assertTrue(store.reviseActors(NameForm.skeleton("lavrov")).nothing());
        assertEquals(after, allItems(), "a second run of the job writes nothing new");
    }

    @Test
    void aRevisionJoinsABareProfileIntoThePersonItsArticleShowsAndKeepsItsIdAsARedirect() {
        Actor brandt = new Actor("Helga Brandt", "Chancellor", "Germany");
        saveMeeting("o1", LocalDate.of(2026, 4, 1), "Nigerian President Samuel Okafor met German Chancellor Helga Brandt.",
                new Actor("Samuel Okafor", "President", "Nigeria"), brandt);
        saveMeeting("o2", LocalDate.of(2026, 4, 3), "Nigerian Finance Minister Grace Okafor met Ghanaian Finance Minister Kwame Mensah.",
                new Actor("Grace Okafor", "Finance Minister", "Nigeria"), new Actor("Kwame Mensah", "Finance Minister", "Ghana"));
        Set<String> groups = saveMeeting("o3", LocalDate.of(2026, 4, 10), "Mr Okafor spoke by phone with German Chancellor Helga Brandt.",
                new Actor("Okafor", null, null), brandt);
        String bare = idOf("o3", "Okafor");
        String samuel = idOf("o1", "Samuel Okafor");
        assertTrue(!bare.equals(samuel) && !bare.equals(idOf("o2", "Grace Okafor")), "two Okafors known: the resolver cannot tell");

        groups.forEach(store::reviseActors);

        assertEquals(samuel, idOf("o3", "Okafor"));
        assertEquals(samuel, store.actor(bare).orElseThrow().id(), "the absorbed id answers its survivor");
        assertEquals(2, store.timeline(bare).orElseThrow().meetings().size());
        assertEquals(2, store.actors("Okafor").size());
        assertEquals(List.of("Okafor", "Samuel Okafor"), store.actor(samuel).orElseThrow().aliases());
        Set<String> settled = allItems();
        groups.forEach(store::reviseActors);
        assertEquals(settled, allItems());
    }

    /** Stores an article with one meeting of two people; answers the groups the store asks to revise. */
    private Set<String> saveMeeting(String id, LocalDate published, String sentence, Actor a, Actor b) {
        Article n = Facts.article(id, published, "Talks\n\n" + sentence + "\n");
        store.saveNew(StoredArticle.received(n, "api", Instant.EPOCH));
        return new TreeSet<>(store.saveExtraction(id, new Extraction(n.info(),
                List.of(Facts.meeting(n, sentence, MeetingKind.IN_PERSON, published, a, b)), List.of(), "s"), "v"));
    }

    /** The id the article's one meeting files this participant under. */
    private String idOf(String articleId, String name) {
        MeetingEntry entry = store.meetings(new MeetingFilter(null, null, null, null, null), PageRequest.first(100)).items().stream()
                .filter(e -> e.articleId().equals(articleId)).findFirst().orElseThrow();
        return entry.participantIds().get(entry.meeting().participants().stream().map(Actor::name).toList().indexOf(name));
    }

    private void storeExtracted() {
        store.saveNew(StoredArticle.received(article, "api", Instant.EPOCH));
        store.saveExtraction("a1", extraction(), "test-1");
    }

    private Extraction extraction() {
        return new Extraction(article.info(),
                List.of(Facts.meeting(article, "Russian Foreign Minister Sergey Lavrov met his Iranian counterpart Abbas Araghchi on Tuesday.",
                                MeetingKind.IN_PERSON, LocalDate.of(2025, 11, 18), LAVROV, ARAGHCHI),
                        Facts.meeting(article, "Lavrov later spoke by phone with Chinese Foreign Minister Wang Yi.",
                                MeetingKind.PHONE_CALL, null, LAVROV, WANG)),
                List.of(Facts.statement(article, "Lavrov said the sides discussed Iran’s nuclear programme and sanctions relief.", LAVROV, "sanctions"),
                        Facts.statement(article, "Araghchi said Tehran valued the partnership with Moscow.", ARAGHCHI, "trade")),
                "Lavrov met Araghchi.");
    }
}
