package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FeedStore} must do, run against DynamoDB ({@link DynamoFeedStoreIT}) and against the in-memory
 * fixture ({@link InMemoryFeedStoreTest}).
 */
abstract class FeedStoreContract {

    private static int tests;
    /** Each test's own addresses, so that the tests share one table (dynalite creates tables slowly). */
    private final String site = "https://envoy-" + ++tests + ".example";
    private final String envoy = site + "/feeds/world.rss";
    private final String courier = site + "/diplomacy/atom.xml";
    private final String page = site + "/world/2025/11/18/border-talks";
    private static final Instant NOON = Instant.parse("2025-11-18T12:00:00Z");

    private FeedStore store;

    /** The store under test; it may hold other tests' feeds (each test uses its own addresses). */
    abstract FeedStore feedStore();

    @BeforeEach
    void store() {
        store = feedStore();
    }

    private List<String> listed() {
        return store.list().stream().map(FeedRecord::url).filter(u -> u.startsWith(site)).sorted().toList();
    }

    @Test
    void addsAFeedOnceAndListsIt() {
        assertTrue(store.add(envoy));
        assertFalse(store.add(envoy));
        assertTrue(store.add(courier));
        assertEquals(List.of(courier, envoy), listed());
    }

    @Test
    void addingAgainKeepsWhatTheLastRunLearnt() {
        store.add(envoy);
        store.saveRun(new FeedRecord(envoy, "The Daily Envoy", "\"v1\"", null, NOON, null));
        store.add(envoy);
        assertEquals(Optional.of("\"v1\""), store.find(envoy).map(FeedRecord::etag));
    }

    @Test
    void savesAndReadsTheStateOfARun() {
        store.add(envoy);
        FeedRecord run = new FeedRecord(envoy, "The Daily Envoy", "\"v2\"", "Tue, 18 Nov 2025 10:05:00 GMT", NOON, "HTTP 500");
        store.saveRun(run);
        assertEquals(Optional.of(run), store.find(envoy));
    }

    @Test
    void aRunDoesNotBringBackARemovedFeed() {
        store.add(envoy);
        assertTrue(store.remove(envoy));
        assertFalse(store.remove(envoy));
        store.saveRun(new FeedRecord(envoy, "The Daily Envoy", null, null, NOON, null));
        assertEquals(Optional.empty(), store.find(envoy));
        assertEquals(List.of(), listed());
    }

    @Test
    void recordsASeenAddressOnlyOnce() {
        SeenUrl first = new SeenUrl(page, SeenUrl.Outcome.NEW, null, false, 1, NOON, "a1b2c3d4e5f60718");
        assertTrue(store.recordSeen(first, 0));
        assertFalse(store.recordSeen(new SeenUrl(page, SeenUrl.Outcome.FAILED, "HTTP 500", true, 1, NOON.plusSeconds(5), null), 0));
        assertEquals(Optional.of(first), store.seen(page));
        assertEquals(Optional.empty(), store.seen(page + "?page=2"));
    }

    @Test
    void recordsALaterAttemptOnlyOverTheRecordItRead() {
        store.recordSeen(new SeenUrl(page, SeenUrl.Outcome.FAILED, "HTTP 503", true, 1, NOON, null), 0);
        SeenUrl second = new SeenUrl(page, SeenUrl.Outcome.NEW, null, false, 2, NOON.plusSeconds(900), "a1b2c3d4e5f60718");
        assertTrue(store.recordSeen(second, 1));
        assertFalse(store.recordSeen(new SeenUrl(page, SeenUrl.Outcome.FAILED, "timed out", true, 2, NOON, null), 1));
        assertEquals(Optional.of(second), store.seen(page));
    }

    @Test
    void conditionsAreTheOnesThatMakeWritesHappenOnce() {
        // A plain put here would let a second run overwrite a seen record and fetch the page again.
        assertEquals("attribute_not_exists(pk)", DynamoFeedStore.NEW_ITEM);
        // Without it, a run finishing after `feeds remove` would recreate the feed.
        assertEquals("attribute_exists(pk)", DynamoFeedStore.EXISTING_ITEM);
        assertEquals("attempts = :previous", DynamoFeedStore.SAME_ATTEMPTS);
    }
}
