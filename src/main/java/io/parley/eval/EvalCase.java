package io.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One article to score: its id, its text as the scorer reads it, its gold annotation and the prediction (both as
 * JSON); {@code unreadable} when the prediction file was missing or unreadable and an empty one stands in.
 */
public record EvalCase(String id, String text, JsonNode gold, JsonNode pred, boolean unreadable) {
}
