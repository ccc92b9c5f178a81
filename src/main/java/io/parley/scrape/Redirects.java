package io.parley.scrape;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Redirects is the outermost fetch step: it follows up to a maximum number of redirects itself, sending each
 * hop through the rest of the chain, so the address guard, robots.txt and the rate limit see every hop.
 */
final class Redirects implements FetchStep {

    private final int maxRedirects;

    Redirects(int maxRedirects) {
        this.maxRedirects = maxRedirects;
    }

    @Override
    public FetchResponse fetch(FetchRequest request, Chain chain) throws FetchException {
        FetchRequest current = request;
        for (int hop = 0; ; hop++) {
            FetchResponse response = chain.proceed(current);
            String location = response.header("location");
            if (!response.redirect() || location == null) {
                return response;
            }
            if (hop == maxRedirects) {
                throw FetchException.permanent("more than " + maxRedirects + " redirects from " + request.uri());
            }
            current = current.at(target(current.uri(), location));
        }
    }

    private static URI target(URI from, String location) throws FetchException {
        try {
            return from.resolve(new URI(location.strip())).normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw FetchException.permanent("malformed redirect location: " + location);
        }
    }
}
