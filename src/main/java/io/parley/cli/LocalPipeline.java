package io.parley.cli;

import io.parley.extract.Extractor;
import io.parley.pipeline.ExtractService;
import io.parley.pipeline.IngestService;
import io.parley.query.ApiRouter;
import io.parley.query.AskService;
import io.parley.query.QueryApi;
import io.parley.store.DynamoParleyStore;
import io.parley.store.ParleyStore;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The deployed pipeline, run in one process against the local DynamoDB: ingest queues article ids in
 * memory instead of SQS, and {@link #drain} extracts them, as the extract function would.
 */
final class LocalPipeline implements AutoCloseable {

    private final LocalEnvironment env;
    private final ParleyStore store;
    private final Deque<String> queue = new ArrayDeque<>();
    private final IngestService ingest;
    private final ExtractService extract;

    private LocalPipeline(LocalEnvironment env) {
        this.env = env;
        this.store = new DynamoParleyStore(env.dynamo(), LocalEnvironment.TABLE);
        this.ingest = new IngestService(store, queue::add, Clock.systemUTC());
        this.extract = new ExtractService(store, Extractor.create());
    }

    static LocalPipeline start() {
        return new LocalPipeline(LocalEnvironment.start());
    }

    ParleyStore store() {
        return store;
    }

    IngestService ingest() {
        return ingest;
    }

    ExtractService extract() {
        return extract;
    }

    /** The next article id waiting for extraction, or {@code null}. */
    String nextQueued() {
        return queue.poll();
    }

    ApiRouter api() {
        return QueryApi.router(store, ingest, new AskService(store, Clock.systemDefaultZone()));
    }

    @Override
    public void close() {
        env.close();
    }
}
