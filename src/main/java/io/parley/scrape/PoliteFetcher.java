package io.parley.scrape;

import java.net.URI;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * PoliteFetcher fetches feeds and pages through a chain of steps, each able to stop the fetch:
 * {@link Redirects} (at most N hops, each sent through the rest of the chain), {@link AddressGuard},
 * {@link RobotsPolicy}, {@link HostRateLimiter}, then {@link HttpTransport} (User-Agent, timeouts, size cap).
 * A 2xx or 304 answer is returned; any other status is a failure. One instance serves one run: it caches
 * robots.txt and remembers when each host was last contacted.
 */
public final class PoliteFetcher {

    private final FetchChain chain;

    /** A fetcher with the system resolver, the system clock and real sleeping. */
    public PoliteFetcher(ScrapeSettings settings) {
        this(settings, Resolver.SYSTEM, System::nanoTime, HostRateLimiter.Sleeper.THREAD);
    }

    PoliteFetcher(ScrapeSettings settings, Resolver resolver, LongSupplier ticker, HostRateLimiter.Sleeper sleeper) {
        this(settings, HttpTransport.of(settings), resolver, ticker, sleeper);
    }

    /** A fetcher over a transport shared between runs (one HTTP client and its connection pool per process). */
    PoliteFetcher(ScrapeSettings settings, HttpTransport transport, Resolver resolver, LongSupplier ticker,
                  HostRateLimiter.Sleeper sleeper) {
        Redirects redirects = new Redirects(settings.maxRedirects());
        AddressGuard guard = new AddressGuard(resolver, settings.allowedHosts());
        HostRateLimiter limiter = new HostRateLimiter(settings.hostDelay(), ticker, sleeper);
        FetchChain robotsFetch = new FetchChain(List.of(redirects, guard, limiter), transport);
        RobotsPolicy robots = new RobotsPolicy(settings.robotName(), robotsFetch, limiter);
        this.chain = new FetchChain(List.of(redirects, guard, robots, limiter), transport);
    }

    /** Fetches an article page. */
    FetchResponse page(URI uri) throws FetchException {
        return checked(chain.proceed(FetchRequest.get(uri, FetchRequest.HTML)));
    }

    /**
     * Fetches a feed, conditionally when validators from the last run are given.
     *
     * @return the response; {@link FetchResponse#notModified()} when the feed has not changed
     */
    FetchResponse feed(URI uri, String etag, String lastModified) throws FetchException {
        return checked(chain.proceed(FetchRequest.conditional(uri, FetchRequest.FEED, etag, lastModified)));
    }

    private static FetchResponse checked(FetchResponse response) throws FetchException {
        if (response.ok() || response.notModified()) {
            return response;
        }
        String reason = "HTTP " + response.status() + " from " + response.uri();
        boolean passing = response.status() >= 500 || response.status() == 429 || response.status() == 408;
        throw passing ? FetchException.transientFailure(reason) : FetchException.permanent(reason);
    }
}
