package io.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;

/** Prints an answer of {@code POST /ask} for people: the answer, then each result with its source sentence. */
final class AnswerPrinter {

    private static final int SHOWN = 5;

    /** Answers are wrapped to the width tables fit. */
    private static final int WIDTH = TextTable.lineWidth();

    private AnswerPrinter() {
    }

    static void print(JsonNode answer, PrintStream out) {
        out.println(Commands.wrap(answer.path("answer").asText(), WIDTH, ""));
        int shown = 0;
        for (JsonNode r : answer.path("results")) {
            if (shown++ == SHOWN) {
                out.println("  … " + (answer.path("results").size() - SHOWN) + " more (use --json)");
                break;
            }
            String when = r.path("type").asText().equals("meeting") && r.path("date").isTextual()
                    ? r.path("date").asText() : r.path("published").asText("undated");
            String lead = "  - [" + when + "] ";
            out.println(lead + Commands.wrap(r.path("evidence").path("text").asText().replaceAll("\\s+", " ").strip(),
                    WIDTH - lead.length(), " ".repeat(lead.length())));
            out.println("    " + Commands.wrap("(" + r.path("articleTitle").asText() + ", article " + r.path("articleId").asText()
                    + ")", WIDTH - 4, "     "));
        }
    }
}
