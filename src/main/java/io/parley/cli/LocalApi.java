package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import io.parley.api.ApiRequest;
import io.parley.api.ApiResponse;
import java.util.Map;

/**
 * Calls a route of the query API in-process, as the HTTP API would, and turns a refusal into the command's
 * error: a 400 is a usage error (exit 2), anything else a failure (exit 1).
 */
final class LocalApi {

    private LocalApi() {
    }

    /** A successful answer: its JSON text and tree. */
    record Reply(String json, JsonNode body) {
    }

    static Reply call(LocalPipeline pipeline, String method, String path, Map<String, String> query, String body)
            throws UsageException, CliException {
        ApiResponse response = pipeline.api().handle(new ApiRequest(method, path, query, body));
        JsonNode tree = Json.read(response.json(), JsonNode.class);
        if (response.status() == 400) {
            throw new UsageException(tree.path("error").path("message").asText());
        }
        if (response.status() >= 300) {
            throw new CliException(tree.path("error").path("message").asText());
        }
        return new Reply(response.json(), tree);
    }
}
