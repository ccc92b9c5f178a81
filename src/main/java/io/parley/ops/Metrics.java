package io.parley.ops;

/**
 * Metrics is where services report what they did: the functions write CloudWatch Embedded Metric Format
 * ({@link EmfMetrics}); the command line and most tests report nowhere ({@link #NONE}).
 */
@FunctionalInterface
public interface Metrics {

    /** Reports nothing. */
    Metrics NONE = metrics -> { };

    /** Records values that belong to one event (one article, one request) together. */
    void record(Metric... metrics);
}
