package io.parley.scrape;

import java.net.InetAddress;
import java.net.URI;
import java.util.Objects;

/**
 * A FetchRequest is one GET to send.
 *
 * @param uri          the address
 * @param accept       the {@code Accept} header
 * @param etag         the validator for {@code If-None-Match}, or {@code null}
 * @param lastModified the validator for {@code If-Modified-Since}, or {@code null}
 * @param address      the address the {@link AddressGuard} checked for the host, which the transport connects
 *                     to (so a second DNS answer cannot send it elsewhere), or {@code null} to resolve the name
 */
record FetchRequest(URI uri, String accept, String etag, String lastModified, InetAddress address) {

    static final String HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";
    static final String FEED = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.8,*/*;q=0.5";
    static final String ROBOTS = "text/plain,*/*;q=0.5";

    FetchRequest {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(accept, "accept");
    }

    static FetchRequest get(URI uri, String accept) {
        return new FetchRequest(uri, accept, null, null, null);
    }

    /** A conditional GET with the validators of the last fetch. */
    static FetchRequest conditional(URI uri, String accept, String etag, String lastModified) {
        return new FetchRequest(uri, accept, etag, lastModified, null);
    }

    /** The same request sent to another address (a redirect's target), whose host is not checked yet. */
    FetchRequest at(URI target) {
        return new FetchRequest(target, accept, etag, lastModified, null);
    }

    /** The same request, to be connected to {@code checked}. */
    FetchRequest connectingTo(InetAddress checked) {
        return new FetchRequest(uri, accept, etag, lastModified, checked);
    }
}
