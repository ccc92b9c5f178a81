package io.parley.ask;

import io.parley.events.EventGrouping;
import io.parley.model.Actor;
import io.parley.model.MeetingEntry;
import io.parley.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who met whom: nodes are actors (id, name, title, country), edges are meetings between two of them (one per
 * event however many articles report it, with the count), with date, kind and the first report's sentence. A meeting of three or more people gives an edge for every pair.
 */
public record Graph(List<Node> nodes, List<Edge> edges) {

    public record Node(String id, String name, String title, String country) {
    }

    /** One meeting between two actors: its first report, the event it is and how many articles report it. */
    public record Edge(String source, String target, String date, String kind, String status, String location,
                       String articleId, Span evidence, String eventId, int sourceCount) {
    }

    public static Graph of(List<MeetingEntry> meetings) {
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> edges = new ArrayList<>();
        for (Reported r : Reported.firstOfEach(meetings, EventGrouping.group(meetings))) {
            MeetingEntry m = r.entry();
            List<Actor> people = m.meeting().participants();
            List<String> ids = m.participantIds();
            for (int i = 0; i < Math.min(people.size(), ids.size()); i++) {
                Actor a = people.get(i);
                nodes.putIfAbsent(ids.get(i), new Node(ids.get(i), a.name(), a.title(), a.country()));
                for (int j = i + 1; j < ids.size(); j++) {
                    edges.add(new Edge(ids.get(i), ids.get(j), MeetingAnswers.date(m), m.meeting().kind().name(),
                            m.meeting().status().name(), m.meeting().location(), m.articleId(), m.meeting().evidence(),
                            r.event() == null ? null : r.event().id(), r.sources()));
                }
            }
        }
        return new Graph(List.copyOf(nodes.values()), edges);
    }

    /**
     * The graph in Graphviz DOT: one node per actor, one labelled edge per meeting (planned ones dashed). It asks
     * for the force-directed neato layout without overlaps, so plain {@code dot -Tsvg} draws a readable picture
     * instead of one long rank of every pair side by side.
     */
    public String toDot() {
        StringBuilder dot = new StringBuilder("graph parley {\n")
                .append("  layout=neato; overlap=false; splines=true; sep=\"+12\"; fontname=\"Helvetica\";\n")
                .append("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=11];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=8, color=\"#4a5568\", len=2];\n");
        nodes.forEach(n -> dot.append("  ").append(quote(n.id())).append(" [label=")
                .append(quote(n.name() + (n.country() == null ? "" : "\\n" + n.country()))).append("];\n"));
        edges.forEach(e -> dot.append("  ").append(quote(e.source())).append(" -- ").append(quote(e.target()))
                .append(" [label=").append(quote(edgeLabel(e)))
                .append("PLANNED".equals(e.status()) ? ", style=dashed" : "").append("];\n"));
        return dot.append("}\n").toString();
    }

    private static String edgeLabel(Edge e) {
        String kind = e.kind() == null ? "" : e.kind().toLowerCase(Locale.ROOT).replace('_', ' ');
        String sources = e.sourceCount() > 1 ? " (" + e.sourceCount() + " sources)" : "";
        return ((e.date() == null ? "" : e.date() + " ") + kind).strip() + sources;
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\\\\n", "\\n") + "\"";
    }
}
