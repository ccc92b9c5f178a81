package io.parley.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.ask.AskService;
import io.parley.ask.Candidates;
import io.parley.ask.Graph;
import io.parley.ask.TimelineView;
import io.parley.json.Json;
import io.parley.store.MeetingFilter;
import io.parley.store.ParleyStore;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code POST /ask}, {@code GET /actors/{id}/timeline} and {@code GET /graph}. */
final class InsightApi {

    /** The longest question read. */
    static final int MAX_QUESTION = 1_000;

    private final ParleyStore store;
    private final AskService ask;

    InsightApi(ParleyStore store, AskService ask) {
        this.store = store;
        this.ask = ask;
    }

    ApiResponse ask(ApiRequest request, List<String> unused) {
        Params.of(request, Set.of());
        String question = question(request.body());
        return ApiResponse.ok(ask.ask(question));
    }

    ApiResponse timeline(ApiRequest request, List<String> params) {
        Params.of(request, Set.of());
        String id = Params.id("id", params.get(0));
        return store.timeline(id).map(t -> ApiResponse.ok(TimelineView.of(t)))
                .orElseThrow(() -> ApiException.notFound("no actor with id " + id + "; find ids with GET /meetings or POST /ask"));
    }

    ApiResponse graph(ApiRequest request, List<String> unused) {
        Params p = Params.of(request, Set.of("from", "to", "country"));
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        MeetingFilter filter = new MeetingFilter(null, p.text("country"), from, to, null);
        return ApiResponse.ok(Graph.of(Candidates.read(page -> store.meetings(filter, page))));
    }

    private static String question(String body) {
        JsonNode json;
        try {
            json = body == null ? null : Json.read(body, JsonNode.class);
        } catch (UncheckedIOException e) {
            Json.limitExceeded(e).ifPresent(limit -> {
                throw ApiException.badRequest("the body is refused: " + limit);
            });
            json = null;
        }
        if (json == null || !json.path("question").isTextual()) {
            throw ApiException.badRequest("the body must be JSON {\"question\": \"…\"}");
        }
        String question = json.path("question").asText();
        if (question.length() > MAX_QUESTION) {
            throw ApiException.badRequest("the question is " + question.length() + " characters long; at most " + MAX_QUESTION);
        }
        return question;
    }
}
