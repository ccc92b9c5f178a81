package io.parley.scrape;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A news site for tests: the JDK's HTTP server on 127.0.0.1 and a free port, serving routes that a test sets
 * (fixture pages, statuses, redirects, slow and huge bodies) and logging every request with its headers.
 * {@code ${BASE}} in a fixture becomes the site's address.
 */
final class TestSite implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-site");
        t.setDaemon(true);
        return t;
    });
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> log = new CopyOnWriteArrayList<>();

    private TestSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    static TestSite start() {
        try {
            return new TestSite();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's address, {@code http://127.0.0.1:PORT}. */
    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    URI uri(String path) {
        return URI.create(base() + path);
    }

    /** Serves a fixture from {@code src/test/resources/scrape/} with {@code ${BASE}} filled in. */
    TestSite fixture(String path, String resource, String contentType) {
        return route(path, x -> send(x, 200, contentType, fixtureText(resource).getBytes(StandardCharsets.UTF_8)));
    }

    /** Serves a feed fixture with an ETag, answering 304 to a request that sends it back. */
    TestSite feedWithEtag(String path, String resource, String etag) {
        return route(path, x -> {
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.getResponseHeaders().add("ETag", etag);
                x.sendResponseHeaders(304, -1);
                x.close();
                return;
            }
            x.getResponseHeaders().add("ETag", etag);
            send(x, 200, "application/rss+xml; charset=utf-8", fixtureText(resource).getBytes(StandardCharsets.UTF_8));
        });
    }

    TestSite text(String path, int status, String contentType, String body) {
        return route(path, x -> send(x, status, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    TestSite status(String path, int status) {
        return text(path, status, "text/html", "<html><body><h1>Error " + status + "</h1></body></html>");
    }

    TestSite redirect(String path, int status, String location) {
        return route(path, x -> {
            x.getResponseHeaders().add("Location", location);
            x.sendResponseHeaders(status, -1);
            x.close();
        });
    }

    /** Answers after {@code millis}, as an overloaded server does. */
    TestSite slow(String path, long millis) {
        return route(path, x -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(x, 200, "text/html", "<html><body><p>late</p></body></html>".getBytes(StandardCharsets.UTF_8));
        });
    }

    /** Streams {@code bytes} of HTML, chunked (no Content-Length) or with its length declared. */
    TestSite huge(String path, int bytes, boolean declared) {
        return route(path, x -> {
            x.getResponseHeaders().add("Content-Type", "text/html");
            x.sendResponseHeaders(200, declared ? bytes : 0);
            byte[] block = "<p>filler filler filler filler filler filler filler filler</p>\n".repeat(64).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = x.getResponseBody()) {
                for (int sent = 0; sent < bytes; sent += block.length) {
                    out.write(block, 0, Math.min(block.length, bytes - sent));
                }
            } catch (IOException clientHungUp) {
                // the fetcher stops reading at its cap: expected
            }
        });
    }

    TestSite route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Every request so far, in order. */
    List<Request> requests() {
        return List.copyOf(log);
    }

    /** The paths requested so far, in order. */
    List<String> paths() {
        return log.stream().map(Request::path).toList();
    }

    long count(String path) {
        return log.stream().filter(r -> r.path().equals(path)).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        log.add(new Request(path, x.getRequestHeaders().getFirst("User-Agent"), x.getRequestHeaders().getFirst("If-None-Match"),
                x.getRequestHeaders().getFirst("If-Modified-Since")));
        Route route = routes.get(path);
        if (route == null) {
            send(x, 404, "text/html", "<html><body><h1>Page not found</h1></body></html>".getBytes(StandardCharsets.UTF_8));
        } else {
            route.handle(x);
        }
    }

    private static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
        x.getResponseHeaders().add("Content-Type", contentType);
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private String fixtureText(String resource) {
        return new String(fixtureBytes(resource), StandardCharsets.UTF_8).replace("${BASE}", base());
    }

    static byte[] fixtureBytes(String resource) {
        try (InputStream in = TestSite.class.getResourceAsStream("/scrape/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /scrape/" + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One route's answer. */
    @FunctionalInterface
    interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** One request as the site saw it. */
    record Request(String path, String userAgent, String ifNoneMatch, String ifModifiedSince) {
    }
}
