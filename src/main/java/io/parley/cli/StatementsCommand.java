package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/** {@code parley statements}: lists stored statements, newest first. */
final class StatementsCommand extends QueryCommand {

    StatementsCommand(Storage storage) {
        super(storage, "/statements", Set.of("speaker", "topic", "q", "from", "to", "limit", "next"));
    }

    @Override
    public String name() {
        return "statements";
    }

    @Override
    public String synopsis() {
        return "[--speaker NAME] [--topic T] [--q WORDS] [--from D] [--to D] [--limit N] [--next T] [--json]";
    }

    @Override
    public String summary() {
        return "list stored statements (who said what), newest first";
    }

    @Override
    void printTable(JsonNode items, Terminal terminal) {
        TextTable table = new TextTable(List.of("DATE", "SPEAKER", "KIND", "WHAT WAS SAID"), 10, 30, 8, 100);
        for (JsonNode item : items) {
            JsonNode s = item.path("statement");
            String said = text(s.path("quote")).isEmpty() ? text(s.path("content")) : "“" + text(s.path("quote")) + "”";
            table.add(List.of(text(item.path("published")), text(s.path("speaker").path("name")),
                    text(s.path("kind")).toLowerCase(java.util.Locale.ROOT), said));
        }
        table.print(terminal.out());
    }
}
