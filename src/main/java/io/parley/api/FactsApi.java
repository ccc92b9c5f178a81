package io.parley.api;

import io.parley.model.MeetingKind;
import io.parley.store.MeetingFilter;
import io.parley.store.ParleyStore;
import io.parley.store.StatementFilter;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** {@code GET /meetings} and {@code GET /statements}: filtered, newest first, paged with {@code limit} and {@code next}. */
final class FactsApi {

    private static final Set<String> MEETING_PARAMS = Set.of("actor", "country", "from", "to", "kind", "limit", "next");
    private static final Set<String> STATEMENT_PARAMS = Set.of("speaker", "topic", "q", "from", "to", "limit", "next");

    private final ParleyStore store;

    FactsApi(ParleyStore store) {
        this.store = store;
    }

    ApiResponse meetings(ApiRequest request, List<String> unused) {
        Params p = Params.of(request, MEETING_PARAMS);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        MeetingFilter filter = new MeetingFilter(p.text("actor"), p.text("country"), from, to,
                p.choice("kind", MeetingKind.class));
        return ApiResponse.ok(store.meetings(filter, p.page()));
    }

    ApiResponse statements(ApiRequest request, List<String> unused) {
        Params p = Params.of(request, STATEMENT_PARAMS);
        LocalDate from = p.date("from");
        LocalDate to = p.date("to");
        Params.checkRange(from, to);
        StatementFilter filter = new StatementFilter(p.text("speaker"), p.text("topic"), p.text("q"), from, to);
        return ApiResponse.ok(store.statements(filter, p.page()));
    }
}
