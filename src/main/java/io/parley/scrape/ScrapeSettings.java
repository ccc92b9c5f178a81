package io.parley.scrape;

import io.parley.about.BuildInfo;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * ScrapeSettings are the limits of one scrape run.
 *
 * @param userAgent         the {@code User-Agent} header, which names the robot and how to reach its owners
 * @param robotName         the product token that robots.txt rules are matched against
 * @param connectTimeout    the longest wait for a connection
 * @param readTimeout       the longest wait for a whole response once connected
 * @param maxBytes          the largest body read; a larger one is refused as too large
 * @param maxRedirects      the most redirects followed for one fetch
 * @param hostDelay         the least time between two requests to one host
 * @param allowedHosts      host names that skip the address guard (tests and local runs: {@code 127.0.0.1})
 * @param maxEntriesPerFeed the most entries read from one feed per run (feeds list newest first)
 * @param maxAttempts       how often a page that failed for a passing reason (timeout, 5xx) is tried in all
 * @param maxRunTime        how long a run may start new pages; entries left are read by the next run
 */
public record ScrapeSettings(String userAgent, String robotName, Duration connectTimeout, Duration readTimeout,
                             long maxBytes, int maxRedirects, Duration hostDelay, Set<String> allowedHosts,
                             int maxEntriesPerFeed, int maxAttempts, Duration maxRunTime) {

    public static final String ROBOT_NAME = "ParleyBot";

    public ScrapeSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        allowedHosts = Set.copyOf(allowedHosts);
    }

    /**
     * The production defaults: 5 s to connect, 15 s to read, 5 MB, 5 redirects, 1 s between requests to a host,
     * 50 entries per feed, 3 attempts, 8 minutes of run time (the scheduled function may run for 10).
     */
    public static ScrapeSettings defaults() {
        String agent = ROBOT_NAME + "/" + BuildInfo.current().version() + " (+https://github.com/parley/parley)";
        return new ScrapeSettings(agent, ROBOT_NAME, Duration.ofSeconds(5), Duration.ofSeconds(15),
                5L * 1024 * 1024, 5, Duration.ofSeconds(1), Set.of(), 50, 3, Duration.ofMinutes(8));
    }

    /** These settings with another allow-list. */
    public ScrapeSettings withAllowedHosts(Set<String> hosts) {
        return new ScrapeSettings(userAgent, robotName, connectTimeout, readTimeout, maxBytes, maxRedirects,
                hostDelay, hosts, maxEntriesPerFeed, maxAttempts, maxRunTime);
    }

    /** These settings with other timeouts. */
    public ScrapeSettings withTimeouts(Duration connect, Duration read) {
        return new ScrapeSettings(userAgent, robotName, connect, read, maxBytes, maxRedirects,
                hostDelay, allowedHosts, maxEntriesPerFeed, maxAttempts, maxRunTime);
    }

    /** These settings with another size cap. */
    public ScrapeSettings withMaxBytes(long bytes) {
        return new ScrapeSettings(userAgent, robotName, connectTimeout, readTimeout, bytes, maxRedirects,
                hostDelay, allowedHosts, maxEntriesPerFeed, maxAttempts, maxRunTime);
    }

    /** These settings with another delay between requests to one host. */
    public ScrapeSettings withHostDelay(Duration delay) {
        return new ScrapeSettings(userAgent, robotName, connectTimeout, readTimeout, maxBytes, maxRedirects,
                delay, allowedHosts, maxEntriesPerFeed, maxAttempts, maxRunTime);
    }

    /** These settings with another run-time budget. */
    public ScrapeSettings withMaxRunTime(Duration runTime) {
        return new ScrapeSettings(userAgent, robotName, connectTimeout, readTimeout, maxBytes, maxRedirects,
                hostDelay, allowedHosts, maxEntriesPerFeed, maxAttempts, runTime);
    }
}
