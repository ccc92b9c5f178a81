package io.parley.faults;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.service.IngestOutcome;
import io.parley.service.Upload;
import io.parley.store.ArticleStatus;
import io.parley.store.DynamoFeedStore;
import io.parley.store.DynamoParleyStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The ingesting JVM of {@link FaultInjectionIT}: ingests every file of a folder into the DynamoDB whose
 * endpoint a file names (re-read after each failure, since the database comes back on another port) and
 * extracts each article, as the ingest and extract functions would. It stands in for SQS too: a failed step
 * is retried until it succeeds (as SQS redelivers a message), and an article found stored but not extracted
 * is extracted (as its message, still in the queue, would be). Prints {@code done <file>} after each file and
 * {@code retry <exception>} before each retry.
 *
 * <pre>java io.parley.faults.FaultIngester ENDPOINT_FILE TABLE ARTICLES_DIR</pre>
 */
public final class FaultIngester {

    private static final long GIVE_UP_MILLIS = 90_000;

    private final Parley parley;
    private final SwitchingDynamo dynamo;

    private FaultIngester(SwitchingDynamo dynamo, String table) {
        this.dynamo = dynamo;
        this.parley = Parley.wire(new Ports(new DynamoParleyStore(dynamo.client(), table),
                new DynamoFeedStore(dynamo.client(), table), id -> { }), Clock.systemUTC(), Settings.defaults());
    }

    public static void main(String[] args) throws IOException {
        SwitchingDynamo dynamo = new SwitchingDynamo(Path.of(args[0]));
        FaultIngester ingester = new FaultIngester(dynamo, args[1]);
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[2]))) {
            files = listing.sorted().toList();
        }
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            String id = ingester.retrying(() -> ingester.ingest(file, bytes));
            ingester.retrying(() -> ingester.extractUnlessDone(id));
            System.out.println("done " + file.getFileName());
            System.out.flush();
        }
    }

    private String ingest(Path file, byte[] bytes) {
        IngestOutcome outcome = parley.ingest().ingest(Upload.of("file:" + file.getFileName(), bytes));
        if (outcome instanceof IngestOutcome.Stored stored) {
            return stored.articleId();
        }
        throw new IllegalStateException(file + " was rejected: " + ((IngestOutcome.Rejected) outcome).reason());
    }

    private String extractUnlessDone(String id) {
        if (parley.ports().store().find(id).orElseThrow().status() != ArticleStatus.EXTRACTED) {
            parley.extract().extract(id);
        }
        return id;
    }

    private <T> T retrying(Supplier<T> step) {
        long giveUp = System.currentTimeMillis() + GIVE_UP_MILLIS;
        while (true) {
            try {
                return step.get();
            } catch (RuntimeException e) {
                if (System.currentTimeMillis() > giveUp) {
                    throw e;
                }
                System.out.println("retry " + e.getClass().getSimpleName() + ": " + e.getMessage());
                pause();
                dynamo.follow();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
