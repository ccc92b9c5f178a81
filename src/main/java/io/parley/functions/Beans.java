package io.parley.functions;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.ask.AskService;
import io.parley.api.ApiRouter;
import io.parley.aws.S3Uploads;
import io.parley.aws.SqsExtractQueue;
import io.parley.extract.Extractor;
import io.parley.ops.Metrics;
import io.parley.service.ExtractQueue;
import io.parley.service.ActorRevisionService;
import io.parley.service.ExtractService;
import io.parley.service.IngestService;
import io.parley.service.RevisionQueue;
import io.parley.store.DynamoParleyStore;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Thin CDI producers: the ports from configuration and the AWS clients, then {@link Parley#wire} for every
 * service; the functions only inject these. The queues are looked up on first use, so a
 * function that never ingests (or revises actors) never builds an SQS client. "Revise actors" jobs go to the extract
 * queue, which the extract function reads.
 */
@ApplicationScoped
public class Beans {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
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
    RevisionQueue revisionQueue(SqsClient sqs, @ConfigProperty(name = "parley.extract-queue-url") String queueUrl) {
        return new SqsExtractQueue(sqs, queueUrl);
    }

    @Produces
    @Singleton
    Settings settings(@ConfigProperty(name = "parley.max-article-bytes") long maxBytes,
                      @ConfigProperty(name = "parley.scrape.allow-hosts") Optional<List<String>> allowHosts) {
        return Settings.defaults().withMaxArticleBytes(maxBytes).withAllowedHosts(Set.copyOf(allowHosts.orElse(List.of())));
    }

    @Produces
    @Singleton
    Parley parley(ParleyStore store, FeedStore feeds, Instance<ExtractQueue> queue, Instance<RevisionQueue> revisions,
                  Metrics metrics, Clock clock, Settings settings) {
        return Parley.wire(new Ports(store, feeds, id -> queue.get().send(id), metrics,
                group -> revisions.get().reviseActors(group)), clock, settings);
    }

    @Produces
    @Singleton
    Extractor extractor(Parley parley) {
        return parley.extractor();
    }

    @Produces
    @Singleton
    IngestService ingestService(Parley parley) {
        return parley.ingest();
    }

    @Produces
    @Singleton
    ExtractService extractService(Parley parley) {
        return parley.extract();
    }

    @Produces
    @Singleton
    ActorRevisionService actorRevisionService(Parley parley) {
        return parley.actorRevision();
    }

    @Produces
    @Singleton
    AskService askService(Parley parley) {
        return parley.ask();
    }

    @Produces
    @Singleton
    ApiRouter apiRouter(Parley parley) {
        return parley.api();
    }

    @Produces
    @Singleton
    S3Uploads s3Uploads(S3Client s3, @ConfigProperty(name = "parley.max-article-bytes") long maxBytes) {
        return new S3Uploads(s3, maxBytes);
    }
}
