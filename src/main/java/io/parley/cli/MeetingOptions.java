package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What {@code meetings} and {@code events} share: their options, the {@code --kind} spelling, and cell texts. */
final class MeetingOptions {

    static final Set<String> OPTIONS = Set.of("actor", "country", "from", "to", "kind", "limit", "next");
    static final String SYNOPSIS =
            "[--actor NAME] [--country C] [--from D] [--to D] [--kind K] [--limit N] [--next T] [--json | --format table|json|csv]";

    private MeetingOptions() {
    }

    /** {@code --kind} as the table shows it ("phone call", "in-person") or as the enum name; other options as given. */
    static String apiValue(String option, String value) {
        return option.equals("kind") ? value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_") : value;
    }

    /** The participants' names of a meeting or event item, comma-separated. */
    static String participants(JsonNode meeting) {
        List<String> names = new ArrayList<>();
        meeting.path("participants").forEach(p -> names.add(QueryCommand.text(p.path("name"))));
        return String.join(", ", names);
    }

    /** The kind as the table shows it ("phone call"), with "(planned…)" and {@code planNote} for a planned one. */
    static String kind(JsonNode meeting, String planNote) {
        String kind = QueryCommand.text(meeting.path("kind")).toLowerCase(Locale.ROOT).replace('_', ' ');
        boolean planned = "PLANNED".equals(QueryCommand.text(meeting.path("status")));
        return planned ? kind + " (planned" + (planNote.isEmpty() ? "" : ", " + planNote) + ")" : kind;
    }
}
