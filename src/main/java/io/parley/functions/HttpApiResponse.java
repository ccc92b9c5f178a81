package io.parley.functions;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** An API Gateway HTTP API (payload format 2.0) response. */
public record HttpApiResponse(@JsonProperty("statusCode") int statusCode,
                              @JsonProperty("headers") Map<String, String> headers,
                              @JsonProperty("body") String body,
                              @JsonProperty("isBase64Encoded") boolean isBase64Encoded) {
}
