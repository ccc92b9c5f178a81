package io.parley.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * LooseTextWrapper puts runs of bare text and inline elements that sit between blocks (as in
 * {@code <div><h2>..</h2>Some text <b>bold</b> more.<div>..</div></div>}) into their own {@code <p>}, so that
 * the scorer sees them as paragraphs. Short runs (labels, separators) are left alone.
 */
final class LooseTextWrapper {

    private static final int MIN_TEXT = 25;

    private LooseTextWrapper() {
    }

    /** Wraps loose text under every block container of {@code root} that also has block children. */
    static void wrap(Element root) {
        for (Element e : root.select("div, section, article, main, td")) {
            if (hasBlockChild(e)) {
                wrapRuns(e);
            }
        }
    }

    private static void wrapRuns(Element parent) {
        List<Node> run = new ArrayList<>();
        for (Node child : new ArrayList<>(parent.childNodes())) {
            if (isBlock(child)) {
                wrapRun(run);
                run.clear();
            } else {
                run.add(child);
            }
        }
        wrapRun(run);
    }

    private static void wrapRun(List<Node> run) {
        StringBuilder text = new StringBuilder();
        for (Node n : run) {
            text.append(n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "");
        }
        if (text.toString().strip().length() < MIN_TEXT) {
            return;
        }
        Element p = new Element("p");
        run.get(0).before(p);
        for (Node n : run) {
            p.appendChild(n);
        }
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
