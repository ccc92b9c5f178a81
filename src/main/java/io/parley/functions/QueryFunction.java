package io.parley.functions;

import io.parley.api.ApiRequest;
import io.parley.api.ApiResponse;
import io.parley.api.ApiRouter;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/** Serves the HTTP API: turns the API Gateway event into an {@link ApiRequest} and the answer back. */
public class QueryFunction {

    private static final Map<String, String> HEADERS = Map.of("content-type", "application/json; charset=utf-8");

    @Inject
    ApiRouter router;

    @Funq("query")
    public HttpApiResponse query(HttpApiEvent event) {
        ApiResponse response = router.handle(toRequest(event));
        return new HttpApiResponse(response.status(), HEADERS, response.json(), false);
    }

    private static ApiRequest toRequest(HttpApiEvent event) {
        HttpApiEvent.Http http = event.requestContext() == null ? null : event.requestContext().http();
        String method = http == null || http.method() == null ? "GET" : http.method().toUpperCase(Locale.ROOT);
        String path = event.rawPath() != null ? event.rawPath() : http == null ? "/" : http.path();
        String body = event.body() != null && event.isBase64Encoded()
                ? new String(Base64.getDecoder().decode(event.body()), StandardCharsets.UTF_8) : event.body();
        return new ApiRequest(method, path, event.queryStringParameters(), body);
    }
}
