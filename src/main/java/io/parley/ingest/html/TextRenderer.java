package io.parley.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * TextRenderer turns article elements into plain text: one paragraph per line, a new line at each block
 * element and {@code <br>}, whitespace collapsed, empty lines dropped.
 */
final class TextRenderer {

    private static final Set<String> BREAKS = Set.of("br", "hr");
    private TextRenderer() {
    }

    /** The lines of the given elements, in order. */
    static List<String> lines(List<Element> roots) {
        Collector collector = new Collector();
        for (Element root : roots) {
            NodeTraversor.traverse(collector, root);
            collector.flush();
        }
        return collector.lines;
    }

    /** The text of the given elements as lines joined by "\n". */
    static String render(List<Element> roots) {
        return String.join("\n", lines(roots));
    }

    /** Collects text, starting a new line at every block boundary. */
    private static final class Collector implements NodeVisitor {
        private final List<String> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element e && breaksLine(e)) {
                flush();
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && breaksLine(e)) {
                flush();
            }
        }

        void flush() {
            String line = collapse(current).strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
            current.setLength(0);
        }

        /** The text with each run of spaces, tabs, line breaks, no-break and zero-width spaces made one space. */
        private static String collapse(CharSequence text) {
            StringBuilder out = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isSpace(c)) {
                    space = true;
                } else {
                    if (space && !out.isEmpty()) {
                        out.append(' ');
                    }
                    out.append(c);
                    space = false;
                }
            }
            return out.toString();
        }

        /** The characters of the regex class {@code [\s\u00a0\u200b]}. */
        private static boolean isSpace(char c) {
            return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u200b';
        }

        private static boolean breaksLine(Element e) {
            return BREAKS.contains(e.normalName()) || e.isBlock() && !e.normalName().equals("span");
        }
    }
}
