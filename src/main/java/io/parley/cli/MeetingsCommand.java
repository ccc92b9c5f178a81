package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code parley meetings}: lists stored meetings, newest first. */
final class MeetingsCommand extends QueryCommand {

    MeetingsCommand(Storage storage) {
        super(storage, "/meetings", Set.of("actor", "country", "from", "to", "kind", "limit", "next"));
    }

    @Override
    public String name() {
        return "meetings";
    }

    @Override
    public String synopsis() {
        return "[--actor NAME] [--country C] [--from D] [--to D] [--kind K] [--limit N] [--next T] [--json | --format table|json|csv]";
    }

    @Override
    public String summary() {
        return "list stored meetings (who met whom, where, when), newest first";
    }

    /** {@code --kind} as the table shows it ("phone call", "in-person") or as the enum name. */
    @Override
    String apiValue(String option, String value) throws UsageException {
        return option.equals("kind") ? value.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s-]+", "_") : value;
    }

    @Override
    TextTable table(JsonNode items) {
        TextTable table = new TextTable(List.of("DATE", "KIND", "PARTICIPANTS", "WHERE", "EVIDENCE"), 10, 12, 60, 16, 70);
        for (JsonNode item : items) {
            JsonNode m = item.path("meeting");
            List<String> names = new ArrayList<>();
            m.path("participants").forEach(p -> names.add(text(p.path("name"))));
            String date = text(m.path("date")).isEmpty() ? text(item.path("published")) : text(m.path("date"));
            String kind = text(m.path("kind")).toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + ("PLANNED".equals(text(m.path("status"))) ? " (planned)" : "");
            table.add(List.of(date, kind, String.join(", ", names), text(m.path("location")), text(m.path("evidence").path("text"))));
        }
        return table;
    }
}
