package io.parley.scrape;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Urls parses, resolves and normalises the addresses of feeds and pages. */
final class Urls {

    private Urls() {
    }

    /**
     * The absolute http(s) address {@code href} names, relative to {@code base}, without its fragment and
     * with scheme and host in lower case; empty when it is malformed or of another scheme.
     */
    static Optional<URI> absolute(URI base, String href) {
        try {
            URI resolved = base == null ? new URI(href.strip()) : base.resolve(new URI(href.strip()));
            return Optional.ofNullable(normalise(resolved));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Parses an address the user or the configuration gave. */
    static URI parse(String url) throws FetchException {
        return absolute(null, url).orElseThrow(() -> FetchException.permanent("not an http(s) URL: " + url));
    }

    private static URI normalise(URI uri) throws URISyntaxException {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return null;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
        return new URI(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port + path + query).normalize();
    }
}
