package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code parley events}: meetings as events (one row per meeting however many articles report it), newest first. */
final class EventsCommand extends QueryCommand {

    EventsCommand(Storage storage) {
        super(storage, "/events", Set.of("actor", "country", "from", "to", "kind", "limit", "next"));
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public String synopsis() {
        return "[--actor NAME] [--country C] [--from D] [--to D] [--kind K] [--limit N] [--next T] [--json | --format table|json|csv]";
    }

    @Override
    public String summary() {
        return "list meetings as events, the reports of several articles merged and counted, newest first";
    }

    /** {@code --kind} as {@code meetings} takes it. */
    @Override
    String apiValue(String option, String value) throws UsageException {
        return option.equals("kind") ? value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_") : value;
    }

    @Override
    TextTable table(JsonNode items) {
        TextTable table = new TextTable(List.of("DATE", "KIND", "PARTICIPANTS", "WHERE", "SOURCES", "EVIDENCE", "EVENT"),
                10, 12, 60, 16, 7, 70, 19);
        for (JsonNode e : items) {
            List<String> names = new ArrayList<>();
            e.path("participants").forEach(p -> names.add(text(p.path("name"))));
            String plan = text(e.path("plan").path("state")).toLowerCase(Locale.ROOT);
            String kind = text(e.path("kind")).toLowerCase(Locale.ROOT).replace('_', ' ')
                    + ("PLANNED".equals(text(e.path("status"))) ? " (planned" + (plan.isEmpty() ? "" : ", " + plan) + ")" : "");
            table.add(List.of(text(e.path("date")), kind, String.join(", ", names), text(e.path("location")),
                    text(e.path("sourceCount")), text(e.path("sources").path(0).path("evidence").path("text")), text(e.path("id"))));
        }
        return table;
    }
}
