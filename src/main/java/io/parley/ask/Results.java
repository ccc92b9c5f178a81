package io.parley.ask;

import com.fasterxml.jackson.core.type.TypeReference;
import io.parley.json.Json;
import io.parley.model.MeetingEntry;
import io.parley.model.StatementEntry;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns stored facts into answer results: the extraction JSON fields plus type, article and actor ids. */
final class Results {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private Results() {
    }

    static Map<String, Object> of(StatementEntry entry, double score) {
        Map<String, Object> result = head("statement", entry.articleId(), entry.articleTitle(), entry.published());
        result.putAll(Json.mapper().convertValue(entry.statement(), MAP));
        result.put("speakerId", entry.speakerId());
        if (entry.meeting() != null) {
            result.put("atMeeting", Json.mapper().convertValue(entry.meeting(), MAP));
        }
        result.put("score", Math.round(score * 1000) / 1000.0);
        return result;
    }

    /** A meeting as the report of its event: the meeting's fields, its event's id and how many articles report it. */
    static Map<String, Object> of(Reported reported) {
        MeetingEntry entry = reported.entry();
        Map<String, Object> result = head("meeting", entry.articleId(), entry.articleTitle(), entry.published());
        result.putAll(Json.mapper().convertValue(entry.meeting(), MAP));
        result.put("participantIds", entry.participantIds());
        result.put("eventId", reported.event() == null ? null : reported.event().id());
        result.put("sourceCount", reported.sources());
        if (reported.event() != null && reported.event().plan() != null) {
            result.put("plan", reported.event().plan());
        }
        return result;
    }

    private static Map<String, Object> head(String type, String articleId, String title, Object published) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("type", type);
        result.put("articleId", articleId);
        result.put("articleTitle", title);
        result.put("published", published == null ? null : published.toString());
        return result;
    }
}
