package io.parley.functions;

import io.parley.service.IngestService;
import io.parley.scrape.ScrapeSettings;
import io.parley.scrape.Scraper;
import io.parley.store.DynamoFeedStore;
import io.parley.store.FeedStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Produces what the scrape function needs beyond {@link Beans}: the feed store, the limits, the scraper. */
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
}
