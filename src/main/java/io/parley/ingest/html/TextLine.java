package io.parley.ingest.html;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.parley.json.Json;

/** TextLine writes one extracted page as a JSON line: {@code {"file","title","published","url","text"}}. */
public final class TextLine {

    private TextLine() {
    }

    /** The page as one line of compact JSON (no line breaks inside). */
    public static String toJsonLine(String fileName, HtmlPage page) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("file", fileName);
        node.put("title", page.title());
        node.put("published", page.published() == null ? null : page.published().toString());
        node.put("url", page.canonicalUrl());
        node.put("text", page.text());
        return Json.write(node);
    }
}
