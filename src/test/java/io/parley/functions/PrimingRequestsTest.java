package io.parley.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimingRequestsTest {

    @Test
    void theQueryFunctionIsPrimedWithReadsOnly() throws IOException {
        List<String> routes = new ArrayList<>();
        for (byte[] event : PrimingRequests.events("query")) {
            JsonNode tree = Json.mapper().readTree(event);
            routes.add(tree.path("requestContext").path("http").path("method").asText() + " " + tree.path("rawPath").asText());
        }
        assertEquals(List.of("GET /meetings", "POST /ask", "GET /statements"), routes);
    }

    @Test
    void theQueueFunctionsArePrimedWithMessagesThatChangeNothing() throws IOException {
        JsonNode extract = Json.mapper().readTree(PrimingRequests.events("extract").get(0));
        JsonNode ingest = Json.mapper().readTree(PrimingRequests.events("ingest").get(0));

        String extractBody = extract.path("Records").get(0).path("body").asText();
        assertEquals(Priming.PRIMING_ID, Json.mapper().readTree(extractBody).path("articleId").asText());
        String ingestBody = ingest.path("Records").get(0).path("body").asText();
        assertEquals("s3:TestEvent", Json.mapper().readTree(ingestBody).path("Event").asText());
    }

    @Test
    void aFunctionWithoutPrimingRequestsGetsNone() {
        assertTrue(PrimingRequests.events("scrape").isEmpty());
    }

    @Test
    void sendsEachEventAndKeepsItsAnswerOrNothingWhenTheHandlerThrew() {
        List<String> seen = new ArrayList<>();
        RequestStreamHandler handler = (in, out, context) -> {
            String event = new String(in.readAllBytes());
            seen.add(context.getAwsRequestId() + " " + event);
            if (event.contains("fail")) {
                throw new IllegalStateException("table not reachable");
            }
            out.write("{}".getBytes());
        };

        List<String> answers = PrimingRequests.send(List.of("{\"a\":1}".getBytes(), "{\"fail\":1}".getBytes()), handler);

        assertEquals(java.util.Arrays.asList("{}", null), answers);
        assertEquals(List.of("priming {\"a\":1}", "priming {\"fail\":1}"), seen);
    }
}
