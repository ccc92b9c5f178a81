package io.parley.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** JsonLd finds the schema.org article object in a page's {@code application/ld+json} scripts. */
final class JsonLd {

    private static final JsonMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private final List<JsonNode> objects;

    private JsonLd(List<JsonNode> objects) {
        this.objects = objects;
    }

    /** Reads every JSON-LD script of a document; broken scripts are skipped. */
    static JsonLd of(Document doc) {
        return of(PageMarks.of(doc).jsonLdScripts());
    }

    /** Reads the given JSON-LD scripts; broken scripts are skipped. */
    static JsonLd of(List<Element> scripts) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : scripts) {
            parse(script.data()).ifPresent(node -> flatten(node, found));
        }
        return new JsonLd(found);
    }

    /** The first article-like object (NewsArticle, BlogPosting, ...), if any. */
    Optional<JsonNode> article() {
        return objects.stream().filter(JsonLd::isArticle).findFirst();
    }

    /** A text field of the article object, or empty. */
    Optional<String> articleText(String field) {
        return article().map(a -> a.path(field)).filter(JsonNode::isTextual).map(JsonNode::asText)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<JsonNode> parse(String json) {
        try {
            return Optional.ofNullable(LENIENT.readTree(json.strip()));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void flatten(JsonNode node, List<JsonNode> out) {
        if (node.isArray()) {
            node.forEach(child -> flatten(child, out));
        } else if (node.isObject()) {
            out.add(node);
            flatten(node.path("@graph"), out);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.path("@type");
        String types = type.isArray() ? type.toString() : type.asText("");
        String lower = types.toLowerCase(Locale.ROOT);
        return lower.contains("article") || lower.contains("blogposting") || lower.contains("report");
    }
}
