package io.parley.functions;

import io.parley.aws.S3Upload;
import io.parley.aws.S3Uploads;
import io.parley.ingest.ArticleReader;
import io.parley.ingest.InvalidArticleException;
import io.parley.json.Json;
import io.parley.model.Article;
import io.parley.service.ArticleDefaults;
import io.parley.service.IngestResult;
import io.parley.service.IngestService;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Ingests articles uploaded to S3 ({@code incoming/}) or passed directly. A file that is not a readable
 * article is reported as REJECTED and not retried; storage or queue failures throw, so Lambda retries.
 */
public class IngestFunction {

    private static final Logger LOG = Logger.getLogger(IngestFunction.class);

    @Inject
    IngestService ingest;
    @Inject
    ArticleReader reader;
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
        S3Upload upload = uploads.read(record.s3().bucket().name(), record.s3().object().key());
        return ingest(upload.bytes(), upload.defaults(), upload.source());
    }

    private IngestReport.Item direct(IngestEvent event) {
        byte[] json = Json.write(event).getBytes(StandardCharsets.UTF_8);
        return ingest(json, ArticleDefaults.NONE, "invoke");
    }

    private IngestReport.Item ingest(byte[] bytes, ArticleDefaults defaults, String source) {
        Article article;
        try {
            article = defaults.applyTo(reader.read(bytes));
        } catch (InvalidArticleException e) {
            return new IngestReport.Item(source, null, "REJECTED", e.getMessage());
        }
        IngestResult result = ingest.ingest(article, source);
        return new IngestReport.Item(source, result.articleId(), result.outcome().name(), null);
    }
}
