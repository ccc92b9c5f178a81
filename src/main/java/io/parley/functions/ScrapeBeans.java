package io.parley.functions;

import io.parley.app.Parley;
import io.parley.scrape.Scraper;
import io.parley.store.DynamoFeedStore;
import io.parley.store.FeedStore;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Produces what the scrape function needs beyond {@link Beans}: the feed store port and the wired scraper. */
public class ScrapeBeans {

    @Produces
    @Singleton
    FeedStore feedStore(DynamoDbClient dynamo, @ConfigProperty(name = "parley.table") String table) {
        return new DynamoFeedStore(dynamo, table);
    }

    /** Wired by {@link Parley}; {@code parley.scrape.allow-hosts} (in {@link Beans#settings}) lets tests reach 127.0.0.1. */
    @Produces
    @Singleton
    Scraper scraper(Parley parley) {
        return parley.scraper();
    }
}
