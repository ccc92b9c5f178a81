package io.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * TextRenderer turns article elements into plain text: one paragraph per line, a new line at each block
 * element and {@code <br>}, whitespace collapsed, and short stock lines ("Advertisement", "Read more") dropped.
 */
final class TextRenderer {

    private static final Set<String> BREAKS = Set.of("br", "hr");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");
    private static final Pattern STOCK_LINE = Pattern.compile(
            "(?i)(advertisement|advert|ad|sponsored( content)?|story continues below( advertisement)?"
            + "|continue reading( the main story)?|read more|read next|share( this)?( article| story)?"
            + "|related( articles?| stories)?|click here( to [\\p{L} ]{1,40})?|see also|loading|"
            + "(photo|image|picture)( credit)?: .{1,80}|\\(?ap\\)?|skip to content|you (may|might) also like"
            + "|recommended( for you)?|most (popular|read)|trending( now)?|more from [\\p{L} ]{1,30})[.:…]*");

    private TextRenderer() {
    }

    /** The paragraphs of the given elements, in order, skipping any line equal to {@code title}. */
    static List<String> paragraphs(List<Element> roots, String title) {
        Collector collector = new Collector();
        for (Element root : roots) {
            NodeTraversor.traverse(collector, root);
            collector.flush();
        }
        String normalTitle = title.toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String line : collector.lines) {
            if (!STOCK_LINE.matcher(line).matches() && !line.toLowerCase(Locale.ROOT).equals(normalTitle)) {
                out.add(line);
            }
        }
        return out;
    }

    /** The text of the given elements as lines joined by "\n". */
    static String render(List<Element> roots, String title) {
        return String.join("\n", paragraphs(roots, title));
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
            String line = SPACES.matcher(current).replaceAll(" ").strip();
            if (!line.isEmpty()) {
                lines.add(line);
            }
            current.setLength(0);
        }

        private static boolean breaksLine(Element e) {
            return BREAKS.contains(e.normalName()) || e.isBlock() && !e.normalName().equals("span");
        }
    }
}
