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
        return "[--speaker NAME] [--topic T] [--q WORDS] [--from D] [--to D] [--limit N] [--next T] [--json | --format table|json|csv]";
    }

    @Override
    public String summary() {
        return "list stored statements (who said what), newest first";
    }

    /** Refuses a topic that is not in {@code lexicon/topics.txt}, naming the known ones. */
    @Override
    String apiValue(String option, String value) throws UsageException {
        if (option.equals("topic") && !topics().contains(value.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new UsageException("unknown topic '" + value + "'; the topics are: " + String.join(", ", topics()));
        }
        return value;
    }

    /** The topic names, read through the one lexicon reader (the same pairs the extractor's topic tagger reads). */
    private static List<String> topics() {
        return io.parley.lexicon.Lexicon.pairs("topics.txt").keySet().stream().filter(t -> !t.isEmpty()).sorted().toList();
    }

    @Override
    TextTable table(JsonNode items) {
        TextTable table = new TextTable(List.of("DATE", "SPEAKER", "KIND", "WHAT WAS SAID"), 10, 30, 8, 100);
        for (JsonNode item : items) {
            JsonNode s = item.path("statement");
            String said = text(s.path("quote")).isEmpty() ? text(s.path("content")) : "“" + text(s.path("quote")) + "”";
            table.add(List.of(text(item.path("published")), text(s.path("speaker").path("name")),
                    text(s.path("kind")).toLowerCase(java.util.Locale.ROOT), said));
        }
        return table;
    }
}
