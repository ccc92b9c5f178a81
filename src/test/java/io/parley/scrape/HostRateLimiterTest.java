package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The limiter with a fake ticker and a sleeper that only records (and moves the ticker). */
class HostRateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final List<Duration> sleeps = new ArrayList<>();
    private final HostRateLimiter limiter = new HostRateLimiter(Duration.ofSeconds(1), now::get, d -> {
        sleeps.add(d);
        now.addAndGet(d.toNanos());
    });

    @Test
    void theFirstRequestToAHostDoesNotWait() throws Exception {
        limiter.waitFor("news.example");
        assertEquals(List.of(), sleeps);
    }

    @Test
    void aSecondRequestToTheSameHostWaitsForTheRestOfTheDelay() throws Exception {
        limiter.waitFor("news.example");
        now.addAndGet(Duration.ofMillis(300).toNanos());
        limiter.waitFor("news.example");
        assertEquals(List.of(Duration.ofMillis(700)), sleeps);
    }

    @Test
    void requestsInARowAreSpacedOneDelayApart() throws Exception {
        limiter.waitFor("news.example");
        limiter.waitFor("news.example");
        limiter.waitFor("news.example");
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeps);
    }

    @Test
    void otherHostsDoNotWait() throws Exception {
        limiter.waitFor("news.example");
        limiter.waitFor("courier.example");
        assertEquals(List.of(), sleeps);
    }

    @Test
    void aHostContactedLongAgoDoesNotWait() throws Exception {
        limiter.waitFor("news.example");
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        limiter.waitFor("news.example");
        assertEquals(List.of(), sleeps);
    }

    @Test
    void aHostThatAsksForMoreTimeGetsIt() throws Exception {
        limiter.slowDown("News.Example", Duration.ofSeconds(3));
        limiter.waitFor("news.example");
        limiter.waitFor("news.example");
        assertEquals(List.of(Duration.ofSeconds(3)), sleeps);
    }

    @Test
    void aShorterCrawlDelayThanTheDefaultChangesNothing() throws Exception {
        limiter.slowDown("news.example", Duration.ofMillis(10));
        limiter.waitFor("news.example");
        limiter.waitFor("news.example");
        assertEquals(List.of(Duration.ofSeconds(1)), sleeps);
    }
}
