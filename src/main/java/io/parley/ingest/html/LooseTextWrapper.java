package io.parley.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * LooseTextWrapper puts runs of bare text and inline elements that sit between blocks (as in
 * {@code <div><h2>..</h2>Some text <b>bold</b> more.<div>..</div></div>}) into their own {@code <p>}, so that
 * the scorer sees them as paragraphs. Short runs (labels, separators) are left alone.
 */
final class LooseTextWrapper {

    private static final int MIN_TEXT = 25;
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td");

    private LooseTextWrapper() {
    }

    /** Wraps loose text under every block container of {@code root} that also has block children. */
    static void wrap(Element root) {
        wrap(root, null);
    }

    /**
     * As {@link #wrap(Element)}, telling {@code stats} (the figures of {@code root}'s tree, or {@code null}) of
     * every paragraph added, so they stay those of the wrapped tree.
     */
    static void wrap(Element root, TextStats stats) {
        List<Element> containers = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e && CONTAINERS.contains(e.normalName()) && hasBlockChild(e)) {
                containers.add(e);
            }
        }, root);
        for (Element container : containers) {
            wrapRuns(container, stats);
        }
    }

    /** Rebuilds the parent's children once, with each long run of loose nodes inside a new paragraph. */
    private static void wrapRuns(Element parent, TextStats stats) {
        List<Node> children = new ArrayList<>(parent.childNodes());
        List<List<Node>> groups = groups(children);
        if (groups.stream().noneMatch(LooseTextWrapper::isLongRun)) {
            return;
        }
        parent.empty();
        for (List<Node> group : groups) {
            if (isLongRun(group)) {
                Element paragraph = new Element("p");
                int innerParagraphText = stats == null ? 0 : stats.paragraphTextOf(group);
                parent.appendChild(paragraph.appendChildren(group));
                if (stats != null) {
                    stats.addParagraph(paragraph, innerParagraphText);
                }
            } else {
                parent.appendChildren(group);
            }
        }
    }

    /** The children split into single blocks and runs of consecutive loose nodes, in order. */
    private static List<List<Node>> groups(List<Node> children) {
        List<List<Node>> groups = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        for (Node child : children) {
            if (isBlock(child)) {
                if (!run.isEmpty()) {
                    groups.add(run);
                    run = new ArrayList<>();
                }
                groups.add(List.of(child));
            } else {
                run.add(child);
            }
        }
        if (!run.isEmpty()) {
            groups.add(run);
        }
        return groups;
    }

    private static boolean isLongRun(List<Node> run) {
        if (run.size() == 1 && isBlock(run.get(0))) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (Node n : run) {
            text.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
            if (text.length() > MIN_TEXT * 4) {
                break;
            }
        }
        return text.toString().strip().length() >= MIN_TEXT;
    }

    private static boolean isBlock(Node n) {
        return n instanceof Element e && ContentScorer.BLOCKS.contains(e.normalName());
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (ContentScorer.BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }
}
