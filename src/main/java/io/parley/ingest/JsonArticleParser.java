package io.parley.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.ingest.html.Dates;
import io.parley.json.Json;
import java.time.LocalDate;

/**
 * JsonArticleParser reads a JSON article {@code {"title","body","published","url","outlet"}}; only {@code body}
 * is required. The article text is the title, a blank line, then the body.
 */
final class JsonArticleParser {

    /** The fields of a JSON article; text is title + "\n\n" + body (just body without a title). */
    record Parsed(String title, LocalDate published, String url, String outlet, String text) {
    }

    private JsonArticleParser() {
    }

    /** Parses a JSON article or says what is wrong with it. */
    static Parsed parse(String json) throws InvalidArticleException {
        JsonNode root = tree(json);
        if (!root.isObject()) {
            throw new InvalidArticleException("the JSON input must be an object with a \"body\" field");
        }
        String body = field(root, "body");
        if (body == null || body.isBlank()) {
            throw new InvalidArticleException("the JSON article has no \"body\" text");
        }
        String title = field(root, "title");
        String text = title == null || title.isBlank() ? body : title.strip() + "\n\n" + body;
        return new Parsed(title == null ? null : title.strip(), published(root), field(root, "url"),
                field(root, "outlet"), text);
    }

    private static JsonNode tree(String json) throws InvalidArticleException {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            String limit = Json.limitExceeded(e).orElse(null);
            if (limit != null) {
                throw new InvalidArticleException("the JSON input is refused: " + limit);
            }
            throw new InvalidArticleException("the input starts like JSON but is not valid JSON" + where(e));
        }
    }

    private static String where(JsonProcessingException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static String field(JsonNode root, String name) throws InvalidArticleException {
        JsonNode node = root.path(name);
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new InvalidArticleException("the JSON field \"" + name + "\" must be a string");
        }
        return node.asText();
    }

    private static LocalDate published(JsonNode root) throws InvalidArticleException {
        String value = field(root, "published");
        if (value == null || value.isBlank()) {
            return null;
        }
        return Dates.parse(value).orElseThrow(() -> new InvalidArticleException(
                "the JSON field \"published\" is not a date such as 2025-11-18: " + value));
    }
}
