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
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Ingests articles uploaded to S3 ({@code incoming/}) or passed directly. A file that is not a readable
 * article (or too large) is reported as REJECTED and not retried; storage or queue failures throw, so Lambda
 * retries.
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
            List<IngestReport.Item> items = event.isS3()
                    ? event.records().stream().map(this::fromS3).toList()
                    : List.of(direct(event));
            items.forEach(IngestFunction::log);
            return new IngestReport(items);
        } finally {
            request.close();
        }
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
        String bucket = record.s3().bucket().name();
        String key = record.s3().object().key();
        try {
            Upload upload = uploads.read(bucket, key);
            return IngestReport.Item.of(upload.source(), ingest.ingest(upload));
        } catch (InvalidArticleException e) {
            metrics.record(Metric.one(MetricName.ARTICLES_REJECTED));
            return IngestReport.Item.of(S3Uploads.source(bucket, key), new IngestOutcome.Rejected(e.getMessage()));
        }
    }

    private IngestReport.Item direct(IngestEvent event) {
        byte[] json = Json.write(event).getBytes(StandardCharsets.UTF_8);
        return IngestReport.Item.of("invoke", ingest.ingest(Upload.of("invoke", json)));
    }
}
