package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.parley.store.FeedRecord;
import io.parley.store.FeedStore;
import io.parley.store.SeenUrl;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FeedSeedsTest {

    /** Only what seeding uses: add and list. */
    private static final class Feeds implements FeedStore {
        final Set<String> urls = new TreeSet<>();

        @Override public boolean add(String url) { return urls.add(url); }
        @Override public boolean remove(String url) { return urls.remove(url); }
        @Override public List<FeedRecord> list() { return urls.stream().map(FeedRecord::of).toList(); }
        @Override public Optional<FeedRecord> find(String url) { return Optional.empty(); }
        @Override public void saveRun(FeedRecord feed) { }
        @Override public Optional<SeenUrl> seen(String url) { return Optional.empty(); }
        @Override public boolean recordSeen(SeenUrl seen, int previousAttempts) { return true; }
    }

    @Test
    void addsTheConfiguredFeedsThatAreMissing() {
        Feeds feeds = new Feeds();
        feeds.add("https://envoy.example/feeds/world.rss");
        List<String> added = FeedSeeds.seed(feeds, " https://envoy.example/feeds/world.rss , HTTPS://Courier.Example/diplomacy/atom.xml#top,,");
        assertEquals(List.of("https://courier.example/diplomacy/atom.xml"), added);
        assertEquals(Set.of("https://envoy.example/feeds/world.rss", "https://courier.example/diplomacy/atom.xml"), feeds.urls);
    }

    @Test
    void nothingConfiguredAddsNothing() {
        assertEquals(List.of(), FeedSeeds.seed(new Feeds(), null));
        assertEquals(List.of(), FeedSeeds.seed(new Feeds(), " "));
    }

    @Test
    void refusesAnEntryThatIsNotAnHttpUrl() {
        assertThrows(IllegalArgumentException.class, () -> FeedSeeds.seed(new Feeds(), "file:///etc/feeds.xml"));
        assertThrows(IllegalArgumentException.class, () -> FeedSeeds.normalise("envoy.example/feed"));
    }
}
