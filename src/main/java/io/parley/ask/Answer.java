package io.parley.ask;

import java.util.List;
import java.util.Map;

/**
 * The answer to a question: what was understood, a short readable answer, and the facts behind it, each
 * with its article and the sentence it came from.
 */
public record Answer(String question, Question interpretation, String answer, List<Map<String, Object>> results) {

    public Answer {
        results = List.copyOf(results);
    }
}
