package io.parley.ops;

import java.util.Objects;

/** A Metric is one value of one of Parley's metrics. */
public record Metric(MetricName name, double value) {

    public Metric {
        Objects.requireNonNull(name, "name");
    }

    public static Metric of(MetricName name, double value) {
        return new Metric(name, value);
    }

    /** A count of one. */
    public static Metric one(MetricName name) {
        return new Metric(name, 1);
    }
}
