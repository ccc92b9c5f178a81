package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** {@code parley meetings}: lists stored meetings, newest first. */
final class MeetingsCommand extends QueryCommand {

    MeetingsCommand(Storage storage) {
        super(storage, "/meetings", MeetingOptions.OPTIONS);
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public String synopsis() {
        return MeetingOptions.SYNOPSIS;
    }

    @Override
    public String summary() {
        return "list stored meetings (who met whom, where, when), newest first";
    }

    @Override
    String apiValue(String option, String value) {
        return MeetingOptions.apiValue(option, value);
    }

    @Override
    TextTable table(JsonNode items) {
        TextTable table = new TextTable(List.of("DATE", "KIND", "PARTICIPANTS", "WHERE", "EVIDENCE"), 10, 12, 60, 16, 70);
        for (JsonNode item : items) {
            JsonNode m = item.path("meeting");
            String date = text(m.path("date")).isEmpty() ? text(item.path("published")) : text(m.path("date"));
            table.add(List.of(date, MeetingOptions.kind(m, ""), MeetingOptions.participants(m), text(m.path("location")),
                    text(m.path("evidence").path("text"))));
        }
        return table;
    }
}
