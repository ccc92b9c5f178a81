package io.parley.api;

import io.parley.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP response of the query API: a status and a JSON body. */
public record ApiResponse(int status, String json) {

    public static ApiResponse ok(Object body) {
        return new ApiResponse(200, Json.write(body));
    }

    public static ApiResponse of(int status, Object body) {
        return new ApiResponse(status, Json.write(body));
    }

    /** A 400 error for a request that could not even be read (an adapter's refusal before routing). */
    public static ApiResponse badRequest(String message) {
        return error(ApiException.badRequest(message));
    }

    /** An error body {@code {"error": {"status", "code", "message"}}}. */
    public static ApiResponse error(ApiException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", e.status());
        error.put("code", e.code());
        error.put("message", e.getMessage());
        return of(e.status(), Map.of("error", error));
    }
}
