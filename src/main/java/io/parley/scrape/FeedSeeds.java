package io.parley.scrape;

import io.parley.store.FeedStore;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * FeedSeeds adds the feeds named in configuration ({@code parley.feeds}, comma-separated) to the store
 * when they are missing. A seeded feed removed with {@code parley feeds remove} comes back on the next seeding
 * unless it is also taken out of the configuration.
 */
public final class FeedSeeds {

    private FeedSeeds() {
    }

    /**
     * The normal form of a feed address, as stored: lower-case scheme and host, no fragment.
     *
     * @throws IllegalArgumentException when it is not an absolute http(s) URL
     */
    public static String normalise(String url) {
        return Urls.absolute(null, url).map(Object::toString)
                .orElseThrow(() -> new IllegalArgumentException("not an absolute http(s) URL: " + url));
    }

    /**
     * Why the scraper would refuse to fetch {@code url} (an address in a blocked range, such as the metadata
     * service, or a host that resolves to one), checked when a feed is added; empty when it may be fetched or its
     * host cannot be resolved now (the scraper checks every fetch again in any case).
     *
     * @param allowedHosts hosts exempt from the range check, as {@code --allow-host} gives them to scrape
     */
    public static Optional<String> refusal(String url, Set<String> allowedHosts) {
        try {
            new AddressGuard(Resolver.SYSTEM, allowedHosts).check(URI.create(url));
            return Optional.empty();
        } catch (FetchException e) {
            return e.retryable() ? Optional.empty() : Optional.of(e.getMessage());
        }
    }

    /**
     * Adds each feed of a comma-separated list unless the store has it.
     *
     * @return the feeds added
     * @throws IllegalArgumentException when an entry is not an http(s) URL
     */
    public static List<String> seed(FeedStore store, String commaSeparated) {
        List<String> added = new ArrayList<>();
        for (String url : parse(commaSeparated)) {
            if (store.add(url)) {
                added.add(url);
            }
        }
        return added;
    }

    static List<String> parse(String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(FeedSeeds::normalise).distinct().toList();
    }
}
