package io.parley.testing;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.model.Article;
import io.parley.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Parley wired over an in-memory store, fed with the test articles under {@code src/test/resources/}: each is
 * ingested with its publication date and extracted at once, as the deployed queue would.
 */
public final class Newsroom {

    private final InMemoryStore store = new InMemoryStore();
    private final Deque<String> queue = new ArrayDeque<>();
    private final Parley parley;

    public Newsroom(Clock clock) {
        this.parley = Parley.wire(new Ports(store, store.feeds(), queue::add), clock, Settings.defaults());
    }

    /** Ingests and extracts one article resource (plain text, line 1 the headline) published on the date. */
    public Newsroom read(String resource, LocalDate published) {
        String text = new String(Fixtures.bytes(resource), StandardCharsets.UTF_8);
        Article article = Facts.article(resource.replaceAll("\\W+", "-"), published, text);
        parley.ingest().ingest(article, "test:" + resource);
        while (!queue.isEmpty()) {
            parley.extract().extract(queue.poll());
        }
        return this;
    }

    /** Every stored article extracted again, as {@code ./parley reextract} does through the queue. */
    public Newsroom reextractAll() {
        parley.reextract().requeueAll();
        while (!queue.isEmpty()) {
            parley.extract().extract(queue.poll());
        }
        return this;
    }

    public Parley parley() {
        return parley;
    }

    public InMemoryStore store() {
        return store;
    }
}
