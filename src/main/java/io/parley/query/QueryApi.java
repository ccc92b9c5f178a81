package io.parley.query;

import io.parley.pipeline.IngestService;
import io.parley.store.ParleyStore;
import java.util.List;

/** Builds the query API's router: every route of the HTTP API in one list. */
public final class QueryApi {

    private QueryApi() {
    }

    public static ApiRouter router(ParleyStore store, IngestService ingest) {
        ArticlesApi articles = new ArticlesApi(store, ingest);
        FactsApi facts = new FactsApi(store);
        return new ApiRouter(List.of(
                new Route("GET", "/articles/{id}", articles::get),
                new Route("POST", "/articles", articles::post),
                new Route("GET", "/meetings", facts::meetings),
                new Route("GET", "/statements", facts::statements)));
    }
}
