package io.parley.cli;

import io.parley.service.ExtractQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The extract queue of {@code parley serve}: ingest sends article ids here and one background thread extracts
 * them in order, as the extract function would. A failure is already recorded on its article (FAILED with the
 * reason) by the extract service; it is logged and the worker goes on.
 */
final class BackgroundExtraction implements ExtractQueue, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(BackgroundExtraction.class.getName());
    private static final String STOP = "";

    private final BlockingQueue<String> ids = new LinkedBlockingQueue<>();
    private final AtomicInteger outstanding = new AtomicInteger();
    private Thread worker;

    /** Starts the worker; {@code extract} extracts one stored article by id. */
    void start(Consumer<String> extract) {
        worker = Thread.ofPlatform().name("parley-extract").daemon(true).start(() -> work(extract));
    }

    @Override
    public void send(String articleId) {
        outstanding.incrementAndGet();
        ids.add(articleId);
    }

    /** How many articles are queued or being extracted. */
    int waiting() {
        return outstanding.get();
    }

    private void work(Consumer<String> extract) {
        try {
            for (String id = ids.take(); !STOP.equals(id); id = ids.take()) {
                extractOne(extract, id);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void extractOne(Consumer<String> extract, String id) {
        try {
            extract.accept(id);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "extraction of " + id + " failed: " + e.getMessage());
        } finally {
            outstanding.decrementAndGet();
        }
    }

    /** Lets the worker finish the article it is on, then stops it (queued ids stay PENDING in the store). */
    @Override
    public void close() {
        ids.clear();
        ids.add(STOP);
        try {
            if (worker != null) {
                worker.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
