package io.parley.scrape;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A FetchResponse is what one GET brought back, whole: the body was read to its end within the size cap.
 *
 * @param uri     the address that answered (after redirects, the last one)
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body; empty for 304
 */
record FetchResponse(URI uri, int status, HttpHeaders headers, byte[] body) {

    static final int NOT_MODIFIED = 304;

    /** The first value of a header, or {@code null}. */
    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    boolean notModified() {
        return status == NOT_MODIFIED;
    }

    boolean redirect() {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    boolean ok() {
        return status >= 200 && status < 300;
    }
}
