package io.parley.api;

import io.parley.ask.AskService;
import io.parley.service.IngestService;
import io.parley.store.ParleyStore;
import java.util.List;

/** Builds the query API's router: every route of the HTTP API in one list. */
public final class QueryApi {

    private QueryApi() {
    }

    public static ApiRouter router(ParleyStore store, IngestService ingest, AskService ask) {
        ArticlesApi articles = new ArticlesApi(store, ingest);
        FactsApi facts = new FactsApi(store, ask == null ? null : ask.events());
        InsightApi insight = new InsightApi(store, ask);
        return new ApiRouter(List.of(
                new Route("GET", "/articles/{id}", articles::get),
                new Route("POST", "/articles", articles::post),
                new Route("GET", "/meetings", facts::meetings),
                new Route("GET", "/events", facts::events),
                new Route("GET", "/statements", facts::statements),
                new Route("POST", "/ask", insight::ask),
                new Route("GET", "/actors/{id}/timeline", insight::timeline),
                new Route("GET", "/graph", insight::graph)));
    }
}
