package io.parley.cli;

import io.parley.store.DynamoFeedStore;
import io.parley.store.DynamoParleyStore;
import io.parley.store.FeedStore;
import io.parley.store.ParleyStore;
import java.util.Optional;

/** Where the local commands keep Parley's data: dynalite under {@code .parley/} ({@link #LOCAL}), or memory in tests. */
@FunctionalInterface
interface Storage {

    /** The local DynamoDB with data under {@code .parley/} (or {@code -Dparley.data}); closing stops it. */
    Storage LOCAL = () -> {
        LocalEnvironment env = LocalEnvironment.start();
        return new Opened(new DynamoParleyStore(env.dynamo(), LocalEnvironment.TABLE),
                new DynamoFeedStore(env.dynamo(), LocalEnvironment.TABLE), env.incomingBucket(), env::close);
    };

    /** Opens the store ports. */
    Opened open();

    /**
     * Open store ports, and the local S3 bucket whose uploads are to be ingested when there is one; closing
     * them stops whatever was started for them.
     */
    record Opened(ParleyStore store, FeedStore feeds, Optional<IncomingBucket> incoming, Runnable stop)
            implements AutoCloseable {

        /** Store ports with no S3 bucket (memory, tests). */
        Opened(ParleyStore store, FeedStore feeds, Runnable stop) {
            this(store, feeds, Optional.empty(), stop);
        }

        @Override
        public void close() {
            stop.run();
        }
    }
}
