package io.parley.functions;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Harmless requests for one function, sent through its Lambda handler before the snapshot so that the classes
 * of a real request (the event mapping, the routes, the store's reads) are loaded by then: {@code
 * priming/<function>.json} from the resources, a JSON array of events. They read and write nothing that
 * matters: the query function's are reads ({@code GET /meetings}, {@code POST /ask}, {@code GET /statements}),
 * the extract function's names an article no one has, the ingest function's is S3's test event.
 */
final class PrimingRequests {

    private PrimingRequests() {
    }

    /** The events for {@code function}; none for a function without a file. */
    static List<byte[]> events(String function) {
        try (InputStream in = PrimingRequests.class.getClassLoader().getResourceAsStream("priming/" + function + ".json")) {
            if (in == null) {
                return List.of();
            }
            List<byte[]> events = new ArrayList<>();
            for (JsonNode event : Json.mapper().readTree(in)) {
                events.add(Json.mapper().writeValueAsBytes(event));
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException("priming/" + function + ".json is not a JSON array of events", e);
        }
    }

    /**
     * Sends each event through {@code handler}: the answer to each, as text, or {@code null} where the handler
     * threw (only the classes loaded matter: a table not reachable at publish time is no failure).
     */
    static List<String> send(List<byte[]> events, RequestStreamHandler handler) {
        List<String> answers = new ArrayList<>();
        for (byte[] event : events) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(event), out, new PrimingContext());
                answers.add(out.toString(StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                answers.add(null);
            }
        }
        return answers;
    }
}
