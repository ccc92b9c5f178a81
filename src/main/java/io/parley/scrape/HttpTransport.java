package io.parley.scrape;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * HttpTransport is the end of the fetch chain: it sends one GET over HTTP/1.1 with Java's HTTP client,
 * never following redirects itself, and reads the whole body under a size cap and a deadline. The connect
 * timeout bounds the TCP and TLS handshake; the read timeout bounds the rest, from the request until the last
 * byte of the body, so a server that trickles a page slowly is cut off too.
 *
 * <p>A request that carries the address its host was checked at ({@link FetchRequest#address()}) is sent to
 * that address ({@link PinnedAddress}): the URL names the address, the {@code Host} header the host, and for
 * https a client of its own sends the host as TLS SNI, against which the certificate is verified.
 */
final class HttpTransport implements FetchStep.Chain {

    static {
        PinnedAddress.allowHostHeader();
    }

    private final HttpClient client;
    private final String userAgent;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final long maxBytes;

    HttpTransport(String userAgent, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(connectTimeout).build();
        this.userAgent = userAgent;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.maxBytes = maxBytes;
    }

    static HttpTransport of(ScrapeSettings settings) {
        return new HttpTransport(settings.userAgent(), settings.connectTimeout(), settings.readTimeout(), settings.maxBytes());
    }

    @Override
    public FetchResponse proceed(FetchRequest request) throws FetchException {
        PinnedAddress pinned = PinnedAddress.of(request);
        if (pinned == null || !pinned.https()) {
            return send(client, request, pinned);
        }
        try (HttpClient tls = pinned.tlsClient(connectTimeout)) {
            return send(tls, request, pinned);
        }
    }

    private FetchResponse send(HttpClient via, FetchRequest request, PinnedAddress pinned) throws FetchException {
        HttpRequest httpRequest = pinned == null ? build(request, request.uri()).build() : pinnedRequest(request, pinned);
        CompletableFuture<HttpResponse<byte[]>> pending = via.sendAsync(httpRequest, CappedBody.handler(maxBytes));
        try {
            HttpResponse<byte[]> r = pending.get(connectTimeout.plus(readTimeout).toMillis(), TimeUnit.MILLISECONDS);
            return new FetchResponse(request.uri(), r.statusCode(), r.headers(), r.body());
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw FetchException.transientFailure("timed out after " + readTimeout.toMillis() + " ms reading " + request.uri());
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw FetchException.transientFailure("interrupted while fetching " + request.uri());
        } catch (ExecutionException e) {
            throw failure(request, e.getCause());
        }
    }

    private HttpRequest pinnedRequest(FetchRequest request, PinnedAddress pinned) throws FetchException {
        try {
            return pinned.apply(build(request, pinned.uri()));
        } catch (IllegalArgumentException hostRestricted) {
            throw FetchException.transientFailure("cannot connect to the checked address of " + request.uri()
                    + ": the HTTP client refuses a Host header (" + hostRestricted.getMessage() + ")");
        }
    }

    private HttpRequest.Builder build(FetchRequest request, URI target) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target).GET().timeout(readTimeout)
                .header("User-Agent", userAgent).header("Accept", request.accept());
        if (request.etag() != null) {
            b.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            b.header("If-Modified-Since", request.lastModified());
        }
        return b;
    }

    private FetchException failure(FetchRequest request, Throwable cause) {
        if (cause instanceof CappedBody.TooLargeException) {
            return FetchException.permanent(cause.getMessage() + " at " + request.uri());
        }
        if (cause instanceof HttpConnectTimeoutException) {
            String reason = "connect timed out after " + connectTimeout.toMillis() + " ms to " + request.uri();
            return FetchException.transientFailure(reason);
        }
        if (cause instanceof HttpTimeoutException) {
            return FetchException.transientFailure("timed out after " + readTimeout.toMillis() + " ms reading " + request.uri());
        }
        if (cause instanceof ConnectException) {
            return FetchException.transientFailure("connection refused by " + request.uri());
        }
        String what = cause instanceof IOException ? "I/O error" : cause.getClass().getSimpleName();
        return FetchException.transientFailure(what + " fetching " + request.uri() + ": " + cause.getMessage());
    }
}
