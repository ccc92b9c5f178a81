package io.parley.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Parallel runs independent DynamoDB requests of one call at once (the reads of a listing, the batches of a
 * write), on virtual threads, at most {@link #AT_ONCE} at a time, and gives their results in the order of their
 * inputs; it returns only when every request has ended. The bound stays within the JDK's keep-alive cache of the
 * URL-connection HTTP client (5 idle connections per host), so parallel requests reuse connections instead of
 * opening new ones on every request. A failure of any request is rethrown as it was thrown. Public for the
 * services that make independent store calls of one question ({@code EventReader}); the store must be thread-safe.
 */
public final class Parallel {

    /** The most requests in flight at once. */
    public static final int AT_ONCE = 5;

    private Parallel() {
    }

    /** {@code read} applied to every input, at most {@link #AT_ONCE} at a time; the results in input order. */
    public static <A, B> List<B> map(List<A> inputs, Function<A, B> read) {
        if (inputs.size() <= 1) {
            return inputs.stream().map(read).toList();
        }
        Semaphore slots = new Semaphore(AT_ONCE);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<B>> running = new ArrayList<>();
            for (A input : inputs) {
                running.add(threads.submit(() -> {
                    slots.acquire();
                    try {
                        return read.apply(input);
                    } finally {
                        slots.release();
                    }
                }));
            }
            List<B> results = new ArrayList<>();
            for (Future<B> result : running) {
                results.add(join(result));
            }
            return results;
        }
    }

    /** Runs {@code background} on a virtual thread while {@code foreground} runs on this one; gives its result. */
    static <B> B beside(Supplier<B> background, Runnable foreground) {
        try (ExecutorService thread = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<B> result = thread.submit(background::get);
            foreground.run();
            return join(result);
        }
    }

    private static <B> B join(Future<B> result) {
        try {
            return result.get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException e) {
                throw e;
            }
            if (failed.getCause() instanceof Error e) {
                throw e;
            }
            throw new StoreException("a parallel request failed: " + failed.getCause(), failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for DynamoDB", interrupted);
        }
    }
}
