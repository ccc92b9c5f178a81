package io.parley.ingest.html;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * TextStats measures, in one pass over a tree, how much text each element holds, how much of it is inside
 * links and inside {@code <p>}s, how many {@code <p>}s and commas it has, so that the scoring and cleaning rules stay
 * linear on deeply nested pages. {@link #detach(Element)} keeps the figures right when an element is removed.
 */
final class TextStats {

    private static final int TEXT = 0;
    private static final int LINKS = 1;
    private static final int PARAGRAPH_TEXT = 2;
    private static final int PARAGRAPHS = 3;
    private static final int COMMAS = 4;
    private static final int FIGURES = 5;

    private final Map<Element, int[]> stats = new IdentityHashMap<>();

    private TextStats() {
    }

    /** Measures every element under (and including) {@code root}. */
    static TextStats of(Element root) {
        TextStats s = new TextStats();
        NodeTraversor.traverse(s.new Counter(), root);
        return s;
    }

    /** Characters of text (whitespace runs counted as one). */
    int text(Element e) {
        return get(e)[TEXT];
    }

    /** Characters of text inside {@code <a>} elements. */
    int links(Element e) {
        return get(e)[LINKS];
    }

    /** Characters of text inside {@code <p>} elements. */
    int paragraphText(Element e) {
        return get(e)[PARAGRAPH_TEXT];
    }

    /** Number of {@code <p>} elements. */
    int paragraphs(Element e) {
        return get(e)[PARAGRAPHS];
    }

    /** Number of commas (Latin, Arabic and CJK) in the element's text. */
    int commas(Element e) {
        return get(e)[COMMAS];
    }

    /** Fraction of the element's text inside links, 0 for an empty element. */
    double linkDensity(Element e) {
        int[] s = get(e);
        return s[TEXT] == 0 ? 0 : Math.min(1.0, (double) s[LINKS] / s[TEXT]);
    }

    /** Subtracts an element's figures from its ancestors; call before removing it from the tree. */
    void detach(Element e) {
        int[] s = get(e);
        if (s[TEXT] == 0 && s[PARAGRAPHS] == 0) {
            return;
        }
        for (Element p = e.parent(); p != null; p = p.parent()) {
            int[] ps = stats.get(p);
            if (ps != null) {
                for (int i = 0; i < ps.length; i++) {
                    ps[i] -= s[i];
                }
            }
        }
    }

    /** The paragraph text of some sibling nodes: that of their elements (bare text is in no paragraph). */
    int paragraphTextOf(List<Node> nodes) {
        int sum = 0;
        for (Node n : nodes) {
            sum += n instanceof Element e ? paragraphText(e) : 0;
        }
        return sum;
    }

    /**
     * Counts a {@code <p>} just wrapped around nodes that were already counted: its text becomes paragraph text of
     * its ancestors (less {@code innerParagraphText}, the paragraph text inside it before) and it one more
     * paragraph.
     */
    void addParagraph(Element p, int innerParagraphText) {
        int[] s = measure(p);
        stats.put(p, s);
        for (Element a = p.parent(); a != null; a = a.parent()) {
            int[] as = stats.get(a);
            if (as != null) {
                as[PARAGRAPH_TEXT] += s[PARAGRAPH_TEXT] - innerParagraphText;
                as[PARAGRAPHS] += 1;
            }
        }
    }

    private int[] get(Element e) {
        int[] s = stats.get(e);
        return s != null ? s : measure(e);
    }

    /** Figures for an element added after the pass (a wrapper paragraph): measured on its own. */
    private static int[] measure(Element e) {
        TextStats fresh = new TextStats();
        NodeTraversor.traverse(fresh.new Counter(), e);
        return fresh.stats.get(e);
    }

    /** Accumulates figures bottom-up while walking the tree. */
    private final class Counter implements NodeVisitor {
        private final Deque<int[]> open = new ArrayDeque<>();

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element) {
                open.push(new int[FIGURES]);
            } else if (node instanceof TextNode t && !open.isEmpty()) {
                count(t.getWholeText(), open.peek());
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            int[] s = open.pop();
            if (e.normalName().equals("a")) {
                s[LINKS] = s[TEXT];
            } else if (e.normalName().equals("p")) {
                s[PARAGRAPH_TEXT] = s[TEXT];
                s[PARAGRAPHS] += 1;
            }
            stats.put(e, s);
            if (!open.isEmpty()) {
                int[] parent = open.peek();
                for (int i = 0; i < s.length; i++) {
                    parent[i] += s[i];
                }
            }
        }
    }

    /** Adds a text's collapsed length and commas to an element's figures, in one pass over its characters. */
    private static void count(String text, int[] figures) {
        int length = 0;
        int commas = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ws = isSpace(c);
            if (!ws || !space) {
                length++;
            }
            space = ws;
            commas += isComma(c) ? 1 : 0;
        }
        figures[TEXT] += length;
        figures[COMMAS] += commas;
    }

    /** {@link Character#isWhitespace} or a no-break space, with ASCII letters and digits decided by one comparison. */
    private static boolean isSpace(char c) {
        if (c > ' ') {
            return c >= '\u0080' && (c == '\u00a0' || Character.isWhitespace(c));
        }
        return c >= '\t' && c <= '\r' || c >= '\u001c';
    }

    private static boolean isComma(char c) {
        return c == ',' || c == '\u060c' || c == '\u3001' || c == '\uff0c';
    }

    /** Length of a text with each whitespace run counted as one character. */
    static int collapsedLength(String text) {
        int[] figures = new int[FIGURES];
        count(text, figures);
        return figures[TEXT];
    }
}
