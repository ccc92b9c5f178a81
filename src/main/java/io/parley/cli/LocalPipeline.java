package io.parley.cli;

import io.parley.api.ApiRouter;
import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.extract.Extractor;
import io.parley.model.Extraction;
import io.parley.scrape.Scraper;
import io.parley.service.IngestService;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The deployed pipeline, run in one process over the local storage and wired by {@link Parley}: ingest
 * queues article ids in memory instead of SQS, and {@link #drain} extracts them, as the extract function would.
 */
final class LocalPipeline implements AutoCloseable {

    private final Storage.Opened storage;
    private final Deque<String> queue = new ArrayDeque<>();
    private final Parley parley;

    private LocalPipeline(Storage.Opened storage, Settings settings) {
        this.storage = storage;
        this.parley = Parley.wire(new Ports(storage.store(), storage.feeds(), queue::add), Clock.systemUTC(), settings);
    }

    static LocalPipeline start(Storage storage) {
        return start(storage, Settings.defaults());
    }

    static LocalPipeline start(Storage storage, Settings settings) {
        return new LocalPipeline(storage.open(), settings);
    }

    ParleyStore store() {
        return storage.store();
    }

    FeedStore feeds() {
        return storage.feeds();
    }

    IngestService ingest() {
        return parley.ingest();
    }

    /** The one shared extractor. */
    Extractor extractor() {
        return parley.extractor();
    }

    /** Takes the next queued article id, or {@code null} when the queue is empty. */
    String nextQueued() {
        return queue.poll();
    }

    /** Queues every stored article for extraction again, as the reextract function does; returns how many. */
    long requeueAll() {
        return parley.reextract().requeueAll();
    }

    /** The query API over the local store (built on first use). */
    ApiRouter api() {
        return parley.api();
    }

    Scraper scraper() {
        return parley.scraper();
    }

    /**
     * Extracts every queued article, handing each extraction to {@code extracted}; stops at the first failure,
     * which is already recorded on its article (FAILED with the reason) and rethrown.
     */
    void drain(Consumer<Extraction> extracted) {
        drain(extracted, e -> {
            throw e;
        });
    }

    /** Like {@link #drain(Consumer)}, but a failure goes to {@code failed} and the drain goes on. */
    void drain(Consumer<Extraction> extracted, Consumer<RuntimeException> failed) {
        for (String id = queue.poll(); id != null; id = queue.poll()) {
            try {
                extracted.accept(parley.extract().extract(id));
            } catch (RuntimeException e) {
                failed.accept(e);
            }
        }
    }

    @Override
    public void close() {
        storage.close();
    }
}
