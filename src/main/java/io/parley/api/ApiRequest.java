package io.parley.api;

import java.util.Map;

/**
 * One HTTP request to the query API.
 *
 * @param method upper-case HTTP method
 * @param path   the raw path, for example {@code /articles/ab12}
 * @param query  decoded query parameters (the last value wins for repeated names)
 * @param body   the request body as text, or {@code null}
 */
public record ApiRequest(String method, String path, Map<String, String> query, String body) {

    public ApiRequest {
        query = query == null ? Map.of() : Map.copyOf(query);
    }
}
