package io.parley.cli;

import com.sun.net.httpserver.HttpServer;
import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.ingest.ExampleArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * LocalServer is the HTTP side of {@code parley serve}: the JDK's HTTP server in front of the query API wired
 * by {@link Parley} over the local storage, with extraction in the background. Closing it stops the HTTP
 * server, the extraction worker and the storage (which stops the servers it started).
 */
final class LocalServer implements AutoCloseable {

    private final Storage.Opened storage;
    private final BackgroundExtraction extraction;
    private final Parley parley;
    private final HttpServer http;
    private final ExecutorService executor;

    private LocalServer(Storage.Opened storage, InetSocketAddress address) throws IOException {
        this.storage = storage;
        this.extraction = new BackgroundExtraction();
        this.parley = Parley.wire(new Ports(storage.store(), storage.feeds(), extraction), Clock.systemUTC(),
                Settings.defaults());
        extraction.start(id -> parley.extract().extract(id));
        this.executor = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("parley-http-", 0).daemon(true).factory());
        this.http = HttpServer.create(address, 64);
        http.createContext("/", new HttpAdapter(parley.api()));
        http.setExecutor(executor);
        http.start();
    }

    /** Opens {@code storage} and serves on {@code address} (port 0 picks a free one). */
    static LocalServer start(Storage storage, InetSocketAddress address) {
        Storage.Opened opened = storage.open();
        try {
            return new LocalServer(opened, address);
        } catch (IOException e) {
            opened.close();
            throw new UncheckedIOException("cannot listen on " + address.getHostString() + ":" + address.getPort()
                    + " (" + e.getMessage() + "; choose another with --port)", e);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** The address it answers on, for example {@code http://127.0.0.1:8080/}. */
    URI address() {
        InetSocketAddress bound = http.getAddress();
        return URI.create("http://" + bound.getHostString() + ":" + bound.getPort() + "/");
    }

    /** Ingests the shipped example articles (those already stored are duplicates); returns how many are new. */
    long ingestExamples() {
        return ExampleArticles.load().stream()
                .map(e -> parley.ingest().ingest(e.article(), "example:" + e.file()))
                .filter(stored -> stored.kind() == io.parley.service.IngestOutcome.Kind.NEW)
                .count();
    }

    /** How many articles wait for extraction. */
    int waiting() {
        return extraction.waiting();
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        extraction.close();
        storage.close();
    }
}
