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
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.logging.Logger;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * LocalServer is {@code parley serve} without its command line: the JDK's HTTP server in front of the query API
 * wired by {@link Parley} over the local storage, extraction in the background and, when the storage has a local
 * S3 bucket, the ingest of the objects uploaded to it ({@link S3Ingest}). Closing it stops the HTTP server, the
 * S3 ingest, the extraction worker and the storage (which stops the servers it started).
 */
final class LocalServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LocalServer.class.getName());

    private final Storage.Opened storage;
    private final BackgroundExtraction extraction;
    private final Parley parley;
    private final HttpServer http;
    private final ExecutorService executor;
    private final Optional<S3Ingest> s3Ingest;

    private LocalServer(Storage.Opened storage, InetSocketAddress address, Consumer<String> report) throws IOException {
        this.storage = storage;
        this.extraction = new BackgroundExtraction();
        Settings settings = Settings.defaults();
        this.parley = Parley.wire(new Ports(storage.store(), storage.feeds(), extraction), Clock.systemUTC(), settings);
        extraction.start(id -> parley.extract().extract(id));
        this.executor = Executors.newFixedThreadPool(4, Thread.ofPlatform().name("parley-http-", 0).daemon(true).factory());
        this.http = HttpServer.create(address, 64);
        http.createContext("/", new HttpAdapter(parley.api()));
        http.setExecutor(executor);
        http.start();
        try {
            this.s3Ingest = storage.incoming().map(bucket -> s3Ingest(bucket, settings, report));
        } catch (RuntimeException e) {
            http.stop(0);
            executor.shutdownNow();
            extraction.close();
            throw e;
        }
    }

    private S3Ingest s3Ingest(IncomingBucket bucket, Settings settings, Consumer<String> report) {
        S3Client s3 = bucket.client();
        IncomingBucket.ensureBucket(s3);
        S3Ingest ingest = new S3Ingest(new IngestQueueFolder(bucket.queue()), s3, settings.maxArticleBytes(),
                parley.ingest(), report);
        ingest.start();
        return ingest;
    }

    /** Opens {@code storage} and serves on {@code address} (port 0 picks a free one); S3 ingest reports are logged. */
    static LocalServer start(Storage storage, InetSocketAddress address) {
        return start(storage, address, line -> LOG.info(line));
    }

    /** Opens {@code storage} and serves on {@code address}; each S3 ingest outcome is one line to {@code report}. */
    static LocalServer start(Storage storage, InetSocketAddress address, Consumer<String> report) {
        Storage.Opened opened = storage.open();
        try {
            return new LocalServer(opened, address, report);
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

    /** The local articles bucket whose uploads under {@code incoming/} are ingested, if the storage has one. */
    Optional<IncomingBucket> incomingBucket() {
        return storage.incoming();
    }

    /** How many articles wait for extraction. */
    int waiting() {
        return extraction.waiting();
    }

    @Override
    public void close() {
        http.stop(0);
        executor.shutdownNow();
        s3Ingest.ifPresent(S3Ingest::close);
        extraction.close();
        storage.close();
    }
}
