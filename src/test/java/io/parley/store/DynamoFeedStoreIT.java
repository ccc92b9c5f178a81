package io.parley.store;

import io.parley.testing.Dynalite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The feed store contract on DynamoDB (the shared dynalite, this class's own table). */
class DynamoFeedStoreIT extends FeedStoreContract {

    private static Dynalite dynalite;

    @BeforeAll
    static void startDynalite() {
        dynalite = Dynalite.start();
    }

    @AfterAll
    static void stopDynalite() {
        dynalite.close();
    }

    @Override
    FeedStore feedStore() {
        return new DynamoFeedStore(dynalite.client(), dynalite.table());
    }
}
