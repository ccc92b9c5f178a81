package io.parley.cli;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.aws.S3Uploads;
import io.parley.ingest.InvalidArticleException;
import io.parley.json.Json;
import io.parley.service.IngestOutcome;
import io.parley.service.IngestService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * S3Ingest is the ingest function of {@code parley serve}: one background thread takes the S3 event messages of
 * the local ingest queue in order, reads each object with {@link S3Uploads} and ingests it with the same
 * {@link IngestService} as the deployed function, one record at a time. An object that is not a readable
 * article is REJECTED with its reason; a failure of storage or S3 puts the message back, and after
 * {@value #MAX_RECEIVES} tries it is moved to the queue's {@code failed/} folder, as SQS moves it to the ingest
 * failure queue. Each outcome is reported as one line.
 */
final class S3Ingest implements AutoCloseable {

    static final int MAX_RECEIVES = 3;
    private static final long POLL_MILLIS = 500;

    private final IngestQueueFolder queue;
    private final S3Client s3;
    private final S3Uploads uploads;
    private final IngestService ingest;
    private final Consumer<String> report;
    private final Map<String, Integer> receives = new HashMap<>();
    private final CountDownLatch stop = new CountDownLatch(1);
    private Thread worker;

    /** Ingests through {@code s3} (closed with this) objects of at most {@code maxBytes}, reporting to {@code report}. */
    S3Ingest(IngestQueueFolder queue, S3Client s3, long maxBytes, IngestService ingest, Consumer<String> report) {
        this.queue = queue;
        this.s3 = s3;
        this.uploads = new S3Uploads(s3, maxBytes);
        this.ingest = ingest;
        this.report = report;
    }

    /** Starts the worker, after putting back the messages of a consumer that died while it held them. */
    void start() {
        queue.restoreAbandoned();
        worker = Thread.ofPlatform().name("parley-s3-ingest").daemon(true).start(this::work);
    }

    private void work() {
        try {
            do {
                pollOnce();
            } while (!stop.await(POLL_MILLIS, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            report.accept("S3 ingest stopped: " + e.getMessage());
        }
    }

    /** Handles every waiting message once; returns how many it took. */
    int pollOnce() {
        int taken = 0;
        for (String name : queue.waiting()) {
            if (stop.getCount() == 0) {
                break;
            }
            var message = queue.claim(name);
            if (message.isPresent()) {
                handle(message.get());
                taken++;
            }
        }
        return taken;
    }

    private void handle(IngestQueueFolder.Message message) {
        try {
            ingestAll(Json.read(message.body(), Notification.class).records());
            queue.delete(message);
            receives.remove(message.name());
        } catch (RuntimeException e) {
            retryOrFail(message, e);
        }
    }

    private void ingestAll(List<Notification.Item> records) {
        RuntimeException failed = null;
        for (Notification.Item record : records == null ? List.<Notification.Item>of() : records) {
            try {
                report.accept(line(record, ingest(record)));
            } catch (RuntimeException e) {
                failed = e;
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    private IngestOutcome ingest(Notification.Item record) {
        try {
            return ingest.ingest(uploads.read(record.bucket(), record.key()));
        } catch (InvalidArticleException e) {
            return new IngestOutcome.Rejected(e.getMessage());
        }
    }

    private void retryOrFail(IngestQueueFolder.Message message, RuntimeException e) {
        int tries = receives.merge(message.name(), 1, Integer::sum);
        if (tries < MAX_RECEIVES) {
            report.accept("S3 event " + message.name() + " failed (" + e.getMessage() + "); tried " + tries + " of "
                    + MAX_RECEIVES + " times, it will be tried again");
            queue.release(message);
        } else {
            receives.remove(message.name());
            report.accept("S3 event " + message.name() + " failed " + MAX_RECEIVES + " times (" + e.getMessage()
                    + "); kept in " + queue.fail(message));
        }
    }

    private static String line(Notification.Item record, IngestOutcome outcome) {
        String source = S3Uploads.source(record.bucket(), record.key());
        return switch (outcome) {
            case IngestOutcome.Stored stored -> source + ": " + stored.kind() + " " + stored.articleId()
                    + (stored.kind() == IngestOutcome.Kind.NEW ? ", queued for extraction" : "");
            case IngestOutcome.Rejected rejected -> source + ": REJECTED, " + rejected.reason();
        };
    }

    /** Lets the worker finish the message it is on, then stops it and closes the S3 client. */
    @Override
    public void close() {
        stop.countDown();
        try {
            if (worker != null) {
                worker.join(10_000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            s3.close();
        }
    }

    /** The parts of an S3 event notification that ingest reads: each record's bucket and (URL-encoded) key. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Notification(@JsonProperty("Records") List<Item> records) {

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Item(@JsonProperty("s3") Entity s3) {
            String bucket() {
                return s3.bucket().name();
            }

            String key() {
                return s3.object().key();
            }
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Entity(@JsonProperty("bucket") Named bucket, @JsonProperty("object") Key object) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Named(@JsonProperty("name") String name) {
        }

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Key(@JsonProperty("key") String key) {
        }
    }
}
