package io.parley.functions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The parts of an S3 event notification record that ingest reads (own classes: see STACK.md). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record S3Event(@JsonProperty("eventSource") String eventSource, @JsonProperty("eventName") String eventName,
                      @JsonProperty("s3") Entity s3) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(@JsonProperty("bucket") Bucket bucket, @JsonProperty("object") S3Object object) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bucket(@JsonProperty("name") String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record S3Object(@JsonProperty("key") String key, @JsonProperty("size") Long size) {
    }
}
