package io.parley.functions;

import io.parley.api.ApiRequest;
import io.parley.api.ApiResponse;
import io.parley.api.ApiRouter;
import io.parley.ops.LogContext;
import io.parley.ops.Metric;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import io.parley.web.WebAssets;
import io.quarkus.funqy.Funq;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the HTTP API: turns the API Gateway event into an {@link ApiRequest} and the answer back. A GET of the
 * web page's files ({@link WebAssets#page}: {@code /}, {@code /web/...}; public routes of the template) answers
 * the file, base64-encoded as API Gateway expects for any bytes.
 */
public class QueryFunction {

    private static final Map<String, String> HEADERS = Map.of("content-type", "application/json; charset=utf-8");

    @Inject
    ApiRouter router;
    @Inject
    Metrics metrics;

    @Funq("query")
    public HttpApiResponse query(HttpApiEvent event) {
        LogContext.Scope scope = LogContext.request(null);
        try {
            ApiRequest request = toRequest(event);
            Optional<WebAssets.Asset> page = request != null && "GET".equals(request.method())
                    ? WebAssets.page(request.path()) : Optional.empty();
            if (page.isPresent()) {
                return file(page.get());
            }
            ApiResponse response = request == null
                    ? ApiResponse.badRequest("the body is marked base64-encoded but is not valid base64")
                    : router.handle(request);
            if (response.status() == 200 && "POST".equals(request.method()) && "/ask".equals(request.path())) {
                metrics.record(Metric.one(MetricName.QUESTIONS_ANSWERED));
            }
            return new HttpApiResponse(response.status(), HEADERS, response.json(), false);
        } finally {
            scope.close();
        }
    }

    private static HttpApiResponse file(WebAssets.Asset asset) {
        return new HttpApiResponse(200, Map.of("content-type", asset.contentType(), "x-content-type-options", "nosniff"),
                Base64.getEncoder().encodeToString(asset.bytes()), true);
    }

    /** The request of an event, or {@code null} when its body is marked base64 but is not. */
    private static ApiRequest toRequest(HttpApiEvent event) {
        HttpApiEvent.Http http = event.requestContext() == null ? null : event.requestContext().http();
        String method = http == null || http.method() == null ? "GET" : http.method().toUpperCase(Locale.ROOT);
        String path = event.rawPath() != null ? event.rawPath() : http == null ? "/" : http.path();
        String body = event.body();
        if (body != null && event.isBase64Encoded()) {
            try {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return null;
            }
        }
        return new ApiRequest(method, path, event.queryStringParameters(), body);
    }
}
