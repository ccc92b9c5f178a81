package io.parley.scrape;

/**
 * A FetchStep is one link of the fetch chain (address guard, robots.txt, rate limit, redirects); it may
 * stop the fetch with a {@link FetchException}, change the request, or pass it on to the rest of the chain.
 */
@FunctionalInterface
interface FetchStep {

    FetchResponse fetch(FetchRequest request, Chain chain) throws FetchException;

    /** The rest of the chain after a step. */
    @FunctionalInterface
    interface Chain {
        FetchResponse proceed(FetchRequest request) throws FetchException;
    }
}
