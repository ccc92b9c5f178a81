package io.parley.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.parley.ops.EmfMetrics;
import io.parley.ops.MetricName;
import io.parley.store.TableDefinition;
import io.quarkus.funqy.Funq;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/** template.yaml declares the table the code creates locally, and only functions the code exports. */
class TemplateAgreementTest {

    @Test
    void tableKeysAndIndexesMatchTheCodeDefinition() throws IOException {
        JsonNode table = SamTemplate.load().resource("ParleyTable").path("Properties");
        CreateTableRequest code = TableDefinition.createRequest("any");

        assertEquals(describeKeys(code.keySchema()), describeYamlKeys(table.path("KeySchema")));
        assertEquals(codeAttributes(code), yamlAttributes(table.path("AttributeDefinitions")));
        assertEquals(codeIndexes(code), yamlIndexes(table.path("GlobalSecondaryIndexes")));
        // !If [Provisioned, PROVISIONED, PAY_PER_REQUEST], read as its list; on demand unless asked otherwise
        assertEquals(List.of("Provisioned", "PROVISIONED", "PAY_PER_REQUEST"), texts(table.path("BillingMode")));
        assertEquals("ON_DEMAND", SamTemplate.load().root().path("Parameters").path("TableCapacity").path("Default").asText());
    }

    @Test
    void provisionedCapacityScalesTheTableAndEveryIndexItHas() throws IOException {
        SamTemplate template = SamTemplate.load();
        JsonNode table = template.resource("ParleyTable").path("Properties");
        Set<String> expected = new java.util.TreeSet<>(Set.of("table/${ParleyTable} dynamodb:table:ReadCapacityUnits",
                "table/${ParleyTable} dynamodb:table:WriteCapacityUnits"));
        assertEquals("Provisioned", table.path("ProvisionedThroughput").get(0).asText());
        for (JsonNode index : table.path("GlobalSecondaryIndexes")) {
            String name = index.path("IndexName").asText();
            assertEquals("Provisioned", index.path("ProvisionedThroughput").get(0).asText(), name);
            expected.add("table/${ParleyTable}/index/" + name + " dynamodb:index:ReadCapacityUnits");
            expected.add("table/${ParleyTable}/index/" + name + " dynamodb:index:WriteCapacityUnits");
        }
        Set<String> declared = new java.util.TreeSet<>();
        for (String id : template.resourcesOfType("AWS::ApplicationAutoScaling::ScalableTarget")) {
            JsonNode target = template.resource(id);
            assertEquals("Provisioned", target.path("Condition").asText(), id);
            declared.add(target.path("Properties").path("ResourceId").asText() + " "
                    + target.path("Properties").path("ScalableDimension").asText());
        }
        assertEquals(expected, declared);
        Set<String> scaled = new java.util.TreeSet<>();
        for (String id : template.resourcesOfType("AWS::ApplicationAutoScaling::ScalingPolicy")) {
            scaled.add(template.resource(id).path("Properties").path("ScalingTargetId").asText());
        }
        assertEquals(new java.util.TreeSet<>(template.resourcesOfType("AWS::ApplicationAutoScaling::ScalableTarget")), scaled);
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void everyFunctionExportNamesAFunqFunction() throws IOException {
        SamTemplate template = SamTemplate.load();
        List<String> functions = template.resourcesOfType("AWS::Serverless::Function");
        assertFalse(functions.isEmpty());
        Set<String> exported = funqNames();
        for (String id : functions) {
            String export = template.resource(id).path("Properties").path("Environment")
                    .path("Variables").path("QUARKUS_FUNQY_EXPORT").asText();
            assertTrue(exported.contains(export), id + " exports '" + export + "', not one of " + exported);
        }
    }

    @Test
    void eachFunctionHasTheTriggerItsCodeExpects() throws IOException {
        SamTemplate template = SamTemplate.load();
        Map<String, String> expected = Map.of("ingest", "SQS", "extract", "SQS", "scrape", "Schedule");
        for (String id : template.resourcesOfType("AWS::Serverless::Function")) {
            JsonNode props = template.resource(id).path("Properties");
            String export = props.path("Environment").path("Variables").path("QUARKUS_FUNQY_EXPORT").asText();
            if (expected.containsKey(export)) {
                List<String> types = new ArrayList<>();
                props.path("Events").forEach(e -> types.add(e.path("Type").asText()));
                assertEquals(List.of(expected.get(export)), types, id + " events");
            }
        }
    }

    @Test
    void httpApiRoutesAreExactlyTheRoutesTheQueryFunctionServes() throws IOException {
        SamTemplate template = SamTemplate.load();
        Set<String> declared = new java.util.TreeSet<>();
        for (String id : template.resourcesOfType("AWS::ApiGatewayV2::Route")) {
            declared.add(template.resource(id).path("Properties").path("RouteKey").asText());
        }
        Set<String> served = new java.util.TreeSet<>(io.parley.api.QueryApi.router(null, null, null).routeKeys());
        // $default sends every other method and path to the query function too, for Parley's JSON 404/405.
        served.add("$default");
        // With ApiAuth=JWT the page's files are public routes to the same function (WebAssets.page).
        served.addAll(io.parley.web.WebAssets.PAGE_ROUTES);
        assertEquals(served, declared);
    }

    @Test
    void theHandlerIsAStreamHandlerOfTheCode() throws Exception {
        String handler = SamTemplate.load().root().path("Globals").path("Function").path("Handler").asText();
        String[] parts = handler.split("::");
        Class<?> type = Class.forName(parts[0]);
        assertTrue(RequestStreamHandler.class.isAssignableFrom(type), handler);
        assertEquals("handleRequest", parts[1]);
    }

    @Test
    void sqsEventsNameTheQueueArnNotItsUrl() throws IOException {
        // !GetAtt Queue.Arn reads as "Queue.Arn"; a !Ref (the queue URL) deploys but the mapping fails.
        SamTemplate template = SamTemplate.load();
        for (String id : template.resourcesOfType("AWS::Serverless::Function")) {
            template.resource(id).path("Properties").path("Events").forEach(event -> {
                if (event.path("Type").asText().equals("SQS")) {
                    assertTrue(event.path("Properties").path("Queue").asText().endsWith(".Arn"), id + " " + event);
                }
            });
        }
    }

    @Test
    void everyFunctionLogsToItsOwnLogGroupWithARetention() throws IOException {
        SamTemplate template = SamTemplate.load();
        Set<String> groups = new HashSet<>();
        for (String id : template.resourcesOfType("AWS::Serverless::Function")) {
            String group = template.resource(id).path("Properties").path("LoggingConfig").path("LogGroup").asText();
            JsonNode logGroup = template.resource(group);
            assertEquals("AWS::Logs::LogGroup", logGroup.path("Type").asText(), id + " logs to " + group);
            assertFalse(logGroup.path("Properties").path("RetentionInDays").isMissingNode(), group);
            assertTrue(groups.add(group), group + " is shared");
        }
    }

    @Test
    void theTableAndTheBucketOutliveTheStack() throws IOException {
        SamTemplate template = SamTemplate.load();
        for (String id : List.of("ParleyTable", "ArticlesBucket")) {
            assertEquals("Retain", template.resource(id).path("DeletionPolicy").asText(), id);
            assertEquals("Retain", template.resource(id).path("UpdateReplacePolicy").asText(), id);
        }
    }

    @Test
    void uploadsReachIngestThroughAQueueWhoseFailuresGoToTheIngestFailureQueue() throws IOException {
        SamTemplate template = SamTemplate.load();
        JsonNode notification = template.resource("ArticlesBucket").path("Properties").path("NotificationConfiguration")
                .path("QueueConfigurations").get(0);
        String queue = notification.path("Queue").asText().replace(".Arn", "");
        JsonNode ingestEvent = template.resource("IngestFunction").path("Properties").path("Events").elements().next();
        assertEquals(queue + ".Arn", ingestEvent.path("Properties").path("Queue").asText());
        String deadLetters = template.resource(queue).path("Properties").path("RedrivePolicy")
                .path("deadLetterTargetArn").asText().replace(".Arn", "");
        assertEquals("IngestFailureQueue", deadLetters);
        assertEquals("AWS::SQS::Queue", template.resource(deadLetters).path("Type").asText());
    }

    @Test
    void everyQueueTriggerReportsBatchItemFailuresSoOneBadMessageIsRetriedAlone() throws IOException {
        // Without ReportBatchItemFailures Lambda ignores Funqy's batchItemFailures and retries the whole batch.
        SamTemplate template = SamTemplate.load();
        for (String id : template.resourcesOfType("AWS::Serverless::Function")) {
            template.resource(id).path("Properties").path("Events").forEach(event -> {
                if (event.path("Type").asText().equals("SQS")) {
                    assertEquals("ReportBatchItemFailures",
                            event.path("Properties").path("FunctionResponseTypes").path(0).asText(), id + " " + event);
                }
            });
        }
    }

    @Test
    void theExtractErrorAlarmWatchesTheMetricTheCodeWrites() throws IOException {
        JsonNode metrics = SamTemplate.load().resource("ExtractErrorsAlarm").path("Properties").path("Metrics");
        JsonNode parley = null;
        for (JsonNode m : metrics) {
            if (m.path("MetricStat").path("Metric").path("Namespace").asText().equals(EmfMetrics.NAMESPACE)) {
                parley = m.path("MetricStat").path("Metric");
            }
        }
        assertTrue(parley != null, "the alarm reads no " + EmfMetrics.NAMESPACE + " metric");
        assertEquals(MetricName.EXTRACTION_FAILURES.metricName(), parley.path("MetricName").asText());
        Map<String, String> dimensions = new TreeMap<>();
        parley.path("Dimensions").forEach(d -> dimensions.put(d.path("Name").asText(), d.path("Value").asText()));
        assertEquals(Set.of(EmfMetrics.STAGE, EmfMetrics.FUNCTION), dimensions.keySet());
        assertEquals("extract", dimensions.get(EmfMetrics.FUNCTION));
    }

    private static Set<String> funqNames() {
        Set<String> names = new HashSet<>();
        for (Class<?> type : FunctionClasses.all()) {
            for (Method m : type.getDeclaredMethods()) {
                Funq funq = m.getAnnotation(Funq.class);
                if (funq != null) {
                    names.add(funq.value().isEmpty() ? m.getName() : funq.value());
                }
            }
        }
        return names;
    }

    private static String describeKeys(List<KeySchemaElement> keys) {
        return keys.stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).collect(Collectors.joining(","));
    }

    private static String describeYamlKeys(JsonNode keys) {
        List<String> parts = new ArrayList<>();
        keys.forEach(k -> parts.add(k.path("AttributeName").asText() + ":" + k.path("KeyType").asText()));
        return String.join(",", parts);
    }

    private static Map<String, String> codeAttributes(CreateTableRequest code) {
        Map<String, String> out = new TreeMap<>();
        code.attributeDefinitions().forEach(a -> out.put(a.attributeName(), a.attributeTypeAsString()));
        return out;
    }

    private static Map<String, String> yamlAttributes(JsonNode defs) {
        Map<String, String> out = new TreeMap<>();
        defs.forEach(a -> out.put(a.path("AttributeName").asText(), a.path("AttributeType").asText()));
        return out;
    }

    private static Map<String, String> codeIndexes(CreateTableRequest code) {
        Map<String, String> out = new TreeMap<>();
        code.globalSecondaryIndexes().forEach(i -> out.put(i.indexName(),
                describeKeys(i.keySchema()) + "/" + i.projection().projectionTypeAsString()));
        return out;
    }

    private static Map<String, String> yamlIndexes(JsonNode indexes) {
        Map<String, String> out = new TreeMap<>();
        indexes.forEach(i -> out.put(i.path("IndexName").asText(),
                describeYamlKeys(i.path("KeySchema")) + "/" + i.path("Projection").path("ProjectionType").asText()));
        return out;
    }
}
