package io.parley.functions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the ingest function accepts: an S3 event ({@code "Records"}) or, invoked directly, one JSON article
 * {@code {"title","body","published","url","outlet"}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IngestEvent(@JsonProperty("Records") List<S3Event> records,
                          @JsonProperty("title") String title, @JsonProperty("body") String body,
                          @JsonProperty("published") String published, @JsonProperty("url") String url,
                          @JsonProperty("outlet") String outlet) {

    boolean isS3() {
        return records != null;
    }
}
