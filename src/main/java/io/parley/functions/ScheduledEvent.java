package io.parley.functions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A ScheduledEvent is the JSON that an EventBridge schedule sends: {@code "detail-type": "Scheduled Event"},
 * source {@code aws.events}, the rule in {@code resources} and an empty {@code detail}. Our own type, since
 * the SDK's leaves {@code detail-type} unmapped under Funqy.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ScheduledEvent(String id, String source, String time, @JsonProperty("detail-type") String detailType,
                             String account, String region, List<String> resources, Map<String, Object> detail) {
}
