package io.parley.scrape;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * HostRateLimiter is the fetch step that keeps a minimum delay between two requests to the same host
 * (robots.txt included), longer for a host whose robots.txt asks for it. It reads time from an injected
 * nanosecond ticker and waits through an injected {@link Sleeper}, so tests neither wait nor depend on the
 * wall clock.
 */
final class HostRateLimiter implements FetchStep {

    private final long delayNanos;
    private final LongSupplier ticker;
    private final Sleeper sleeper;
    private final Map<String, Long> nextSlot = new HashMap<>();
    private final Map<String, Long> hostDelays = new HashMap<>();

    HostRateLimiter(Duration delay, LongSupplier ticker, Sleeper sleeper) {
        this.delayNanos = delay.toNanos();
        this.ticker = ticker;
        this.sleeper = sleeper;
    }

    @Override
    public FetchResponse fetch(FetchRequest request, Chain chain) throws FetchException {
        String host = request.uri().getHost() == null ? "" : request.uri().getHost().toLowerCase(Locale.ROOT);
        waitFor(host);
        return chain.proceed(request);
    }

    /** Waits until {@code host} may be contacted again and books the next slot. */
    void waitFor(String host) throws FetchException {
        long wait = book(host);
        if (wait > 0) {
            try {
                sleeper.sleep(Duration.ofNanos(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw FetchException.transientFailure("interrupted while waiting for " + host);
            }
        }
    }

    /** Keeps at least {@code delay} between requests to {@code host} (a robots.txt Crawl-delay), never less than the default. */
    synchronized void slowDown(String host, Duration delay) {
        hostDelays.put(host.toLowerCase(Locale.ROOT), Math.max(delayNanos, delay.toNanos()));
    }

    private synchronized long book(String host) {
        long now = ticker.getAsLong();
        long slot = Math.max(now, nextSlot.getOrDefault(host, now));
        nextSlot.put(host, slot + hostDelays.getOrDefault(host, delayNanos));
        return slot - now;
    }

    /** Waits; {@link Thread#sleep} in production. */
    @FunctionalInterface
    interface Sleeper {
        Sleeper THREAD = d -> Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);

        void sleep(Duration duration) throws InterruptedException;
    }
}
