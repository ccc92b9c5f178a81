package io.parley.cli;

import io.parley.store.DynamoFeedStore;
import io.parley.store.DynamoParleyStore;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;

/** Where the local commands keep Parley's data: dynalite under {@code .parley/} ({@link #LOCAL}), or memory in tests. */
@FunctionalInterface
interface Storage {

    /** The local DynamoDB with data under {@code .parley/} (or {@code -Dparley.data}); closing stops it. */
    Storage LOCAL = () -> {
        LocalEnvironment env = LocalEnvironment.start();
        return new Opened(new DynamoParleyStore(env.dynamo(), LocalEnvironment.TABLE),
                new DynamoFeedStore(env.dynamo(), LocalEnvironment.TABLE), env::close);
    };

    /** Opens the store ports. */
    Opened open();

    /** Open store ports; closing them stops whatever was started for them. */
    record Opened(ParleyStore store, FeedStore feeds, Runnable stop) implements AutoCloseable {
        @Override
        public void close() {
            stop.run();
        }
    }
}
