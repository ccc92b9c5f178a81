package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/** Prints an answer of {@code POST /ask} for people: the answer, then each result with its source sentence. */
final class AnswerPrinter {

    private static final int SHOWN = 5;

    private AnswerPrinter() {
    }

    static void print(JsonNode answer, PrintStream out) {
        out.println(answer.path("answer").asText());
        int shown = 0;
        for (JsonNode r : answer.path("results")) {
            if (shown++ == SHOWN) {
                out.println("  … " + (answer.path("results").size() - SHOWN) + " more (use --json)");
                break;
            }
            String when = r.path("type").asText().equals("meeting") && r.path("date").isTextual()
                    ? r.path("date").asText() : r.path("published").asText("undated");
            out.println("  - [" + when + "] " + r.path("evidence").path("text").asText().replaceAll("\\s+", " ").strip());
            out.println("    (" + r.path("articleTitle").asText() + ", article " + r.path("articleId").asText() + ")");
        }
    }
}
