package io.parley.ops;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * EmfMetrics writes each {@link #record} call as one line of CloudWatch Embedded Metric Format on standard
 * output: Lambda sends the line to CloudWatch Logs, which turns it into metrics in {@link #NAMESPACE} with the
 * dimensions given here (Parley uses Stage and Function). No agent, no API call, no extra dependency.
 */
public final class EmfMetrics implements Metrics {

    /** The CloudWatch namespace of Parley's metrics. */
    public static final String NAMESPACE = "Parley";
    /** The dimensions of Parley's metrics: the deployment stage and the exported function. */
    public static final String STAGE = "Stage";
    public static final String FUNCTION = "Function";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final PrintStream out;
    private final Clock clock;
    private final Map<String, String> dimensions;

    /** @param dimensions dimension names and values, in the order CloudWatch shows them */
    public EmfMetrics(PrintStream out, Clock clock, Map<String, String> dimensions) {
        this.out = out;
        this.clock = clock;
        this.dimensions = new LinkedHashMap<>(dimensions);
    }

    @Override
    public void record(Metric... metrics) {
        if (metrics.length > 0) {
            String line = line(metrics);
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }

    String line(Metric... metrics) {
        ObjectNode root = JSON.objectNode();
        ObjectNode directive = JSON.objectNode().put("Namespace", NAMESPACE);
        ArrayNode dimensionSet = directive.putArray("Dimensions").addArray();
        dimensions.keySet().forEach(dimensionSet::add);
        ArrayNode definitions = directive.putArray("Metrics");
        for (Metric m : metrics) {
            definitions.addObject().put("Name", m.name().metricName()).put("Unit", m.name().unit().cloudWatchName());
        }
        ObjectNode aws = root.putObject("_aws").put("Timestamp", clock.millis());
        aws.putArray("CloudWatchMetrics").add(directive);
        dimensions.forEach(root::put);
        for (Metric m : metrics) {
            root.put(m.name().metricName(), m.value());
        }
        return root.toString();
    }
}
