package io.parley.functions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What the ingest function accepts: an S3 event ({@code "Records"}; through the ingest queue, each message's
 * body), S3's test event, or, invoked directly, one JSON article {@code {"title","body","published","url","outlet"}}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IngestEvent(@JsonProperty("Records") List<S3Event> records,
                          @JsonProperty("title") String title, @JsonProperty("body") String body,
                          @JsonProperty("published") String published, @JsonProperty("url") String url,
                          @JsonProperty("outlet") String outlet, @JsonProperty("Event") String s3Event) {

    boolean isS3() {
        return records != null;
    }

    /** The message S3 sends once when a notification is set up (to the ingest queue); it names no object. */
    boolean isS3TestEvent() {
        return "s3:TestEvent".equals(s3Event);
    }
}
