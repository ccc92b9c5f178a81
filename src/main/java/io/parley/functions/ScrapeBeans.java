package io.parley.functions;

import io.parley.extract.Extractor;
import io.parley.pipeline.ExtractQueue;
import io.parley.pipeline.ExtractService;
import io.parley.pipeline.IngestService;
import io.parley.scrape.ScrapeSettings;
import io.parley.scrape.Scraper;
import io.parley.store.DynamoFeedStore;
import io.parley.store.DynamoParleyStore;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * ScrapeBeans produces what the scrape function needs. The {@link DefaultBean}s (store, clock, ingest with an
 * extract queue that extracts in the same process) stand in until the application's own producers exist; any
 * other producer of those types replaces them without a change here.
 */
public class ScrapeBeans {

    @Produces
    @Singleton
    FeedStore feedStore(DynamoDbClient dynamo, @ConfigProperty(name = "parley.table") String table) {
        return new DynamoFeedStore(dynamo, table);
    }

    /** Production limits; {@code parley.scrape.allow-hosts} lets tests and local runs reach 127.0.0.1. */
    @Produces
    @Singleton
    ScrapeSettings scrapeSettings(@ConfigProperty(name = "parley.scrape.allow-hosts") Optional<List<String>> allowHosts) {
        return ScrapeSettings.defaults().withAllowedHosts(Set.copyOf(allowHosts.orElse(List.of())));
    }

    @Produces
    @Singleton
    Scraper scraper(FeedStore feeds, IngestService ingest, ScrapeSettings settings, Clock clock) {
        return new Scraper(feeds, ingest, settings, clock);
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    @DefaultBean
    ParleyStore parleyStore(DynamoDbClient dynamo, @ConfigProperty(name = "parley.table") String table) {
        return new DynamoParleyStore(dynamo, table);
    }

    @Produces
    @Singleton
    @DefaultBean
    ExtractQueue inProcessExtraction(ParleyStore store) {
        ExtractService service = new ExtractService(store, Extractor.create());
        return service::extract;
    }

    @Produces
    @Singleton
    @DefaultBean
    IngestService ingestService(ParleyStore store, ExtractQueue queue, Clock clock) {
        return new IngestService(store, queue, clock);
    }
}
