package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.store.FeedRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Argument checks and the list format; adding and listing against the store is covered by DynamoFeedStoreIT. */
class FeedsCommandTest {

    private static final Terminal TERMINAL = Terminal.system();

    @Test
    void refusesWrongArgumentsBeforeStartingAnything() {
        FeedsCommand feeds = new FeedsCommand(new MemoryStorage());
        assertThrows(UsageException.class, () -> feeds.run(List.of(), TERMINAL));
        assertThrows(UsageException.class, () -> feeds.run(List.of("add"), TERMINAL));
        assertThrows(UsageException.class, () -> feeds.run(List.of("list", "extra"), TERMINAL));
        assertThrows(UsageException.class, () -> feeds.run(List.of("delete", "https://envoy.example/f.rss"), TERMINAL));
    }

    @Test
    void refusesAFeedThatIsNotAnHttpUrlBeforeStartingAnything() {
        assertThrows(CliException.class, () -> new FeedsCommand(new MemoryStorage()).run(List.of("add", "file:///etc/feed.xml"), TERMINAL));
    }

    /** Issue 15, item 9: a feed the scraper would never fetch is refused when it is added, not at the first run. */
    @Test
    void refusesMetadataAndPrivateAddressesAtAddTime() throws Exception {
        MemoryStorage storage = new MemoryStorage();
        FeedsCommand feeds = new FeedsCommand(storage);
        for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://[::a9fe:a9fe]/feed.xml",
                "http://[::ffff:0:a9fe:a9fe]/feed.xml", "http://10.1.2.3/rss", "http://192.0.2.10/rss", "http://[2001:db8::1]/rss")) {
            CliException e = assertThrows(CliException.class, () -> feeds.run(List.of("add", url), TERMINAL));
            assertTrue(e.getMessage().startsWith("refused: "), e.getMessage());
        }
        assertEquals(List.of(), storage.open().feeds().list());
        assertEquals(Main.OK, feeds.run(List.of("add", "--allow-host", "127.0.0.1", "http://127.0.0.1:8080/feed.xml"), TERMINAL));
        assertEquals(1, storage.open().feeds().list().size());
    }

    @Test
    void listsAFeedWithItsTitleLastRunAndLastError() {
        FeedRecord feed = new FeedRecord("https://envoy.example/feeds/world.rss", "The Daily Envoy - World", "\"v1\"", null,
                Instant.parse("2025-11-19T08:00:00Z"), "HTTP 503 from https://envoy.example/feeds/world.rss");
        assertEquals("https://envoy.example/feeds/world.rss  The Daily Envoy - World  last run 2025-11-19T08:00:00Z"
                + "  last error: HTTP 503 from https://envoy.example/feeds/world.rss", FeedsCommand.line(feed));
        assertEquals("https://courier.example/atom.xml  never scraped", FeedsCommand.line(FeedRecord.of("https://courier.example/atom.xml")));
    }
}
