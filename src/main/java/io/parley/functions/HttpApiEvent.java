package io.parley.functions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The parts of an API Gateway HTTP API (payload format 2.0) event that the query function reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HttpApiEvent(@JsonProperty("rawPath") String rawPath,
                           @JsonProperty("queryStringParameters") Map<String, String> queryStringParameters,
                           @JsonProperty("body") String body,
                           @JsonProperty("isBase64Encoded") boolean isBase64Encoded,
                           @JsonProperty("requestContext") RequestContext requestContext) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestContext(@JsonProperty("http") Http http) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Http(@JsonProperty("method") String method, @JsonProperty("path") String path) {
    }
}
