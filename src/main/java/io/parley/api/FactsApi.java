package io.parley.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.ask.EventReader;
import io.parley.json.Json;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.model.StatementEntry;
import io.parley.store.MeetingFilter;
import io.parley.store.Page;
import io.parley.store.ParleyStore;
import io.parley.store.StatementFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** {@code GET /meetings}, {@code GET /events} and {@code GET /statements}: filtered, newest first, paged with {@code limit} and {@code next}. */
final class FactsApi {

    private static final Set<String> MEETING_PARAMS = Set.of("actor", "country", "from", "to", "kind", "limit", "next");
    private static final Set<String> STATEMENT_PARAMS = Set.of("speaker", "topic", "q", "from", "to", "limit", "next");

    private final ParleyStore store;
    private final EventReader events;

    FactsApi(ParleyStore store, EventReader events) {
        this.store = store;
        this.events = events;
    }

    /** The meetings page; each item names the event it reports ({@code eventId}). */
    ApiResponse meetings(ApiRequest request, List<String> unused) {
        Params p = Params.of(request, MEETING_PARAMS);
        Page<MeetingEntry> page = store.meetings(meetingFilter(p), p.page());
        Map<MeetingEntry, String> ids = events.eventIds(page.items());
        List<ObjectNode> items = page.items().stream().map(m -> {
            ObjectNode item = Json.mapper().valueToTree(m);
            item.put("eventId", ids.get(m));
            return item;
        }).toList();
        return ApiResponse.ok(new Page<>(items, page.next()));
    }

    /** {@code GET /events}: the filters of {@code /meetings}; an event is listed when one of its reports matches. */
    ApiResponse events(ApiRequest request, List<String> unused) {
        Params p = Params.of(request, MEETING_PARAMS);
        return ApiResponse.ok(events.events(meetingFilter(p), p.page()));
    }

    private static MeetingFilter meetingFilter(Params p) {
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        return new MeetingFilter(p.text("actor"), p.text("country"), from, to, p.choice("kind", MeetingKind.class));
    }

    ApiResponse statements(ApiRequest request, List<String> unused) {
        Params p = Params.of(request, STATEMENT_PARAMS);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        StatementFilter filter = new StatementFilter(p.text("speaker"), p.text("topic"), p.text("q"), from, to);
        Page<StatementEntry> page = store.statements(filter, p.page());
        return ApiResponse.ok(new Page<>(withEventIds(page.items()), page.next()));
    }

    /** The statements as JSON; the meeting each was said at (if any) names its event ({@code meeting.eventId}). */
    private List<ObjectNode> withEventIds(List<StatementEntry> statements) {
        List<MeetingEntry> linked = statements.stream().map(StatementEntry::meeting).filter(Objects::nonNull).toList();
        Map<MeetingEntry, String> ids = linked.isEmpty() ? Map.of() : events.eventIds(linked);
        return statements.stream().map(s -> {
            ObjectNode item = Json.mapper().valueToTree(s);
            if (s.meeting() != null) {
                ((ObjectNode) item.get("meeting")).put("eventId", ids.get(s.meeting()));
            }
            return item;
        }).toList();
    }
}
