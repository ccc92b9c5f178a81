package io.parley.cli;

import io.parley.model.Article;
import io.parley.model.Extraction;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs the (pure, thread-safe) extractor on a small pool of threads ahead of the caller, who stores the
 * results one at a time in its own order: {@link #start} queues an article, {@link #get} waits for its
 * extraction. Storing stays on one thread and in file order, so a parallel ingest stores exactly what a
 * sequential one does. Not thread-safe itself: one caller.
 */
final class ParallelExtraction implements AutoCloseable {

    private final Function<Article, Extraction> extractor;
    private final ExecutorService pool;
    private final int threads;
    private final Map<String, Future<Extraction>> running = new HashMap<>();

    ParallelExtraction(Function<Article, Extraction> extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        this.extractor = extractor;
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-extract");
            t.setDaemon(true);
            return t;
        });
    }

    int threads() {
        return threads;
    }

    /** Starts extracting an article on the pool. */
    void start(Article article) {
        running.put(article.info().id(), pool.submit(() -> extractor.apply(article)));
    }

    /** The extraction of an article: the one started for it (waiting for it), else one made here. */
    Extraction get(Article article) {
        Future<Extraction> future = running.remove(article.info().id());
        if (future == null) {
            return extractor.apply(article);
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an extraction", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
