package io.parley.testing;

import io.parley.ops.Metric;
import io.parley.ops.MetricName;
import io.parley.ops.Metrics;
import java.util.ArrayList;
import java.util.List;

/** Metrics kept in memory, for tests that check what a service reports. */
public final class RecordingMetrics implements Metrics {

    private final List<List<Metric>> records = new ArrayList<>();

    @Override
    public synchronized void record(Metric... metrics) {
        records.add(List.of(metrics));
    }

    /** Every record call so far, in order. */
    public synchronized List<List<Metric>> records() {
        return List.copyOf(records);
    }

    /** The values of one metric, in the order they were recorded. */
    public synchronized List<Double> values(MetricName name) {
        return records.stream().flatMap(List::stream).filter(m -> m.name() == name).map(Metric::value).toList();
    }

    public synchronized void clear() {
        records.clear();
    }
}
