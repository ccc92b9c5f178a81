package io.parley.functions;

import io.parley.aws.S3Uploads;
import io.parley.ingest.InvalidArticleException;
import io.parley.json.Json;
import io.parley.ops.LogContext;
import io.parley.ops.Metric;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.service.IngestOutcome;
import io.parley.service.IngestService;
import io.parley.service.Upload;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Ingests articles uploaded to S3 ({@code incoming/}) or passed directly. S3 notifications arrive through the
 * ingest queue: Funqy calls this once per SQS message (the body is the S3 event) and reports the messages
 * that threw as batch item failures, so only they are retried (and after 3 receives dead-lettered). Within one
 * event each record is handled alone: a file that is not a readable article (too large, gone, binary) is
 * REJECTED with its reason and the others go on; a storage or S3 failure of a record is thrown after the
 * other records are done, so the retry redoes only that record (the others come back as DUPLICATE).
 */
public class IngestFunction {

    private static final Logger LOG = Logger.getLogger(IngestFunction.class);

    @Inject
    IngestService ingest;
    @Inject
    S3Uploads uploads;
    @Inject
    Metrics metrics;

    @Funq("ingest")
    public IngestReport ingest(IngestEvent event) {
        LogContext.Scope request = LogContext.request(null);
        try {
            if (event.isS3TestEvent()) {
                LOG.info("S3 test event ignored");
                return new IngestReport(List.of());
            }
            return event.isS3() ? fromS3(event.records()) : log(List.of(direct(event)));
        } finally {
            request.close();
        }
    }

    private IngestReport fromS3(List<S3Event> records) {
        List<IngestReport.Item> items = new ArrayList<>();
        Map<String, RuntimeException> failed = new LinkedHashMap<>();
        for (S3Event record : records) {
            try {
                items.add(fromS3(record));
            } catch (RuntimeException e) {
                LOG.errorf(e, "ingest %s failed; the event will be retried", source(record));
                failed.put(source(record), e);
            }
        }
        log(items);
        if (!failed.isEmpty()) {
            throw new RecordFailedException(failed);
        }
        return new IngestReport(items);
    }

    private static IngestReport log(List<IngestReport.Item> items) {
        items.forEach(IngestFunction::log);
        return new IngestReport(items);
    }

    private static void log(IngestReport.Item item) {
        LogContext.Scope article = LogContext.article(item.articleId());
        try {
            LOG.infof("ingest %s -> %s%s", item.source(), item.outcome(), item.error() == null ? "" : ": " + item.error());
        } finally {
            article.close();
        }
    }

    private IngestReport.Item fromS3(S3Event record) {
        try {
            Upload upload = uploads.read(record.s3().bucket().name(), record.s3().object().key());
            return IngestReport.Item.of(upload.source(), ingest.ingest(upload));
        } catch (InvalidArticleException e) {
            metrics.record(Metric.one(MetricName.ARTICLES_REJECTED));
            return IngestReport.Item.of(source(record), new IngestOutcome.Rejected(e.getMessage()));
        }
    }

    private static String source(S3Event record) {
        return S3Uploads.source(record.s3().bucket().name(), record.s3().object().key());
    }

    private IngestReport.Item direct(IngestEvent event) {
        byte[] json = Json.write(event).getBytes(StandardCharsets.UTF_8);
        return IngestReport.Item.of("invoke", ingest.ingest(Upload.of("invoke", json)));
    }
}
