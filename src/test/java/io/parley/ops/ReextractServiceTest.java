package io.parley.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.testing.RecordingMetrics;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReextractServiceTest {

    private final List<String> queued = new ArrayList<>();
    private final RecordingMetrics metrics = new RecordingMetrics();

    @Test
    void queuesEveryStoredArticleAndCountsThem() {
        long count = new ReextractService(List.of("a1", "b2", "c3"), queued::add, metrics).requeueAll();

        assertEquals(3, count);
        assertEquals(List.of("a1", "b2", "c3"), queued);
        assertEquals(List.of(3.0), metrics.values(MetricName.ARTICLES_REQUEUED));
    }

    @Test
    void anEmptyTableQueuesNothing() {
        assertEquals(0, new ReextractService(List.of(), queued::add, metrics).requeueAll());
        assertEquals(List.of(), queued);
    }
}
