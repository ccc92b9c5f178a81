package io.parley.cli;

import io.parley.ask.Graph;

/**
 * Writes who-met-whom as GraphML (for Gephi, yEd, NetworkX): actors as nodes, events as edges (one per pair of an
 * event's participants, however many articles report it) with the first report's data, the event's id and its
 * {@code sourceCount} (an integer key, so a tool can weight or filter edges by it).
 */
final class GraphMl {

    private static final String[][] NODE_KEYS = {{"name", "string"}, {"title", "string"}, {"country", "string"}};
    private static final String[][] EDGE_KEYS = {{"date", "string"}, {"kind", "string"}, {"status", "string"},
            {"location", "string"}, {"articleId", "string"}, {"evidence", "string"}, {"eventId", "string"},
            {"sourceCount", "int"}};

    private GraphMl() {
    }

    static String write(Graph graph) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
        keys(xml, "node", NODE_KEYS);
        keys(xml, "edge", EDGE_KEYS);
        xml.append("  <graph id=\"parley\" edgedefault=\"undirected\">\n");
        for (Graph.Node n : graph.nodes()) {
            xml.append("    <node id=\"").append(escape(n.id())).append("\">");
            data(xml, "n_name", n.name());
            data(xml, "n_title", n.title());
            data(xml, "n_country", n.country());
            xml.append("</node>\n");
        }
        int i = 0;
        for (Graph.Edge e : graph.edges()) {
            xml.append("    <edge id=\"e").append(i++).append("\" source=\"").append(escape(e.source()))
                    .append("\" target=\"").append(escape(e.target())).append("\">");
            data(xml, "e_date", e.date());
            data(xml, "e_kind", e.kind());
            data(xml, "e_status", e.status());
            data(xml, "e_location", e.location());
            data(xml, "e_articleId", e.articleId());
            data(xml, "e_evidence", e.evidence() == null ? null : e.evidence().text());
            data(xml, "e_eventId", e.eventId());
            data(xml, "e_sourceCount", String.valueOf(e.sourceCount()));
            xml.append("</edge>\n");
        }
        return xml.append("  </graph>\n</graphml>\n").toString();
    }

    private static void keys(StringBuilder xml, String owner, String[][] keys) {
        for (String[] key : keys) {
            xml.append("  <key id=\"").append(owner.charAt(0)).append('_').append(key[0]).append("\" for=\"").append(owner)
                    .append("\" attr.name=\"").append(key[0]).append("\" attr.type=\"").append(key[1]).append("\"/>\n");
        }
    }

    /** One value under the key {@code key} ({@code n_…} of a node, {@code e_…} of an edge); none when null. */
    private static void data(StringBuilder xml, String key, String value) {
        if (value != null) {
            xml.append("<data key=\"").append(key).append("\">").append(escape(value)).append("</data>");
        }
    }

    /** Text safe inside XML content and attributes; characters XML 1.0 forbids are dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
