package io.parley.functions;

import io.parley.aws.S3Uploads;
import io.parley.aws.SqsExtractQueue;
import io.parley.extract.Extractor;
import io.parley.ingest.ArticleReader;
import io.parley.service.ExtractQueue;
import io.parley.service.ExtractService;
import io.parley.service.IngestService;
import io.parley.api.ApiRouter;
import io.parley.ask.AskService;
import io.parley.api.QueryApi;
import io.parley.store.DynamoParleyStore;
import io.parley.store.ParleyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** Wires the plain services from configuration and the AWS clients; the functions only inject these. */
@ApplicationScoped
public class Beans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    Extractor extractor() {
        return Extractor.create();
    }

    @Produces
    @Singleton
    ArticleReader articleReader(@ConfigProperty(name = "parley.max-article-bytes") long maxBytes) {
        return new ArticleReader(maxBytes);
    }

    @Produces
    @Singleton
    ParleyStore store(DynamoDbClient dynamo, @ConfigProperty(name = "parley.table") String table) {
        return new DynamoParleyStore(dynamo, table);
    }

    @Produces
    @Singleton
    ExtractQueue extractQueue(SqsClient sqs, @ConfigProperty(name = "parley.extract-queue-url") String queueUrl) {
        return new SqsExtractQueue(sqs, queueUrl);
    }

    @Produces
    @Singleton
    IngestService ingestService(ParleyStore store, ExtractQueue queue, Clock clock) {
        return new IngestService(store, queue, clock);
    }

    @Produces
    @Singleton
    ExtractService extractService(ParleyStore store, Extractor extractor) {
        return new ExtractService(store, extractor);
    }

    @Produces
    @Singleton
    S3Uploads s3Uploads(S3Client s3, @ConfigProperty(name = "parley.max-article-bytes") long maxBytes) {
        return new S3Uploads(s3, maxBytes);
    }

    @Produces
    @Singleton
    AskService askService(ParleyStore store, Clock clock) {
        return new AskService(store, clock);
    }

    @Produces
    @Singleton
    ApiRouter apiRouter(ParleyStore store, IngestService ingest, AskService ask) {
        return QueryApi.router(store, ingest, ask);
    }
}
