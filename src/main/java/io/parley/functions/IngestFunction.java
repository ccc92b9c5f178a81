package io.parley.functions;

import io.parley.aws.S3Uploads;
import io.parley.ingest.InvalidArticleException;
import io.parley.json.Json;
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

    @Funq("ingest")
    public IngestReport ingest(IngestEvent event) {
        List<IngestReport.Item> items = event.isS3()
                ? event.records().stream().map(this::fromS3).toList()
                : List.of(direct(event));
        items.forEach(i -> LOG.infof("ingest %s -> %s %s", i.source(), i.outcome(), i.error() == null ? i.articleId() : i.error()));
        return new IngestReport(items);
    }

    private IngestReport.Item fromS3(S3Event record) {
        String bucket = record.s3().bucket().name();
        String key = record.s3().object().key();
        try {
            Upload upload = uploads.read(bucket, key);
            return IngestReport.Item.of(upload.source(), ingest.ingest(upload));
        } catch (InvalidArticleException e) {
            return IngestReport.Item.of(S3Uploads.source(bucket, key), new IngestOutcome.Rejected(e.getMessage()));
        }
    }

    private IngestReport.Item direct(IngestEvent event) {
        byte[] json = Json.write(event).getBytes(StandardCharsets.UTF_8);
        return IngestReport.Item.of("invoke", ingest.ingest(Upload.of("invoke", json)));
    }
}
