package io.parley.cli;

import io.parley.extract.Extractor;
import io.parley.service.ExtractService;
import io.parley.service.IngestService;
import io.parley.api.ApiRouter;
import io.parley.ask.AskService;
import io.parley.api.QueryApi;
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
    private ExtractService extract;
    private ApiRouter api;

    private LocalPipeline(LocalEnvironment env) {
        this.env = env;
        this.store = new DynamoParleyStore(env.dynamo(), LocalEnvironment.TABLE);
        this.ingest = new IngestService(store, queue::add, Clock.systemUTC());
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

    /** The extract service, built on first use: listing and asking commands never load the extractor. */
    ExtractService extract() {
        if (extract == null) {
            extract = new ExtractService(store, Extractor.create());
        }
        return extract;
    }

    /** The next article id waiting for extraction, or {@code null}. */
    String nextQueued() {
        return queue.poll();
    }

    /** The query API over the local store, built once (its question lexicons load on first use). */
    ApiRouter api() {
        if (api == null) {
            api = QueryApi.router(store, ingest, new AskService(store, Clock.systemDefaultZone()));
        }
        return api;
    }

    @Override
    public void close() {
        env.close();
    }
}
