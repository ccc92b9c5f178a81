package io.parley.extract;

import java.util.LinkedHashMap;
import java.util.Map;

/** StageTimes holds the nanoseconds each pipeline stage took for one article, in pipeline order. */
public record StageTimes(Map<String, Long> nanos) {

    public StageTimes {
        nanos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(nanos));
    }

    /** The sum over all stages. */
    public long total() {
        return nanos.values().stream().mapToLong(Long::longValue).sum();
    }
}
