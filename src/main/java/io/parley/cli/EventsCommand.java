package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/** {@code parley events}: meetings as events (one row per meeting however many articles report it), newest first. */
final class EventsCommand extends QueryCommand {

    EventsCommand(Storage storage) {
        super(storage, "/events", MeetingOptions.OPTIONS);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String synopsis() {
        return MeetingOptions.SYNOPSIS;
    }

    @Override
    public String summary() {
        return "list meetings as events, the reports of several articles merged and counted, newest first";
    }

    @Override
    String apiValue(String option, String value) {
        return MeetingOptions.apiValue(option, value);
    }

    @Override
    TextTable table(JsonNode items) {
        TextTable table = new TextTable(List.of("DATE", "KIND", "PARTICIPANTS", "WHERE", "SOURCES", "EVIDENCE", "EVENT"),
                10, 12, 60, 16, 7, 70, 19);
        for (JsonNode e : items) {
            String plan = text(e.path("plan").path("state")).toLowerCase(Locale.ROOT);
            table.add(List.of(text(e.path("date")), MeetingOptions.kind(e, plan), MeetingOptions.participants(e),
                    text(e.path("location")), text(e.path("sourceCount")),
                    text(e.path("sources").path(0).path("evidence").path("text")), text(e.path("id"))));
        }
        return table;
    }
}
