package io.parley.ingest;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * ConditionalCleaner removes, inside the chosen article container, the blocks that look like lists of links,
 * empty shells or widgets rather than prose: Readability's "clean conditionally" step. Lists and tables of
 * mostly-linked text go, as do short blocks with more images or links than sentences.
 */
final class ConditionalCleaner {

    private static final String CLEANABLE = "ul, ol, table, div, section, dl, p";
    private static final int SHORT_LINK_TEXT = 200;

    private ConditionalCleaner() {
    }

    /** Cleans each root in place. */
    static void clean(List<Element> roots) {
        for (Element root : roots) {
            TextStats stats = TextStats.of(root);
            List<Element> blocks = root.select(CLEANABLE);
            int rootLength = stats.text(root);
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Element block = blocks.get(i);
                if (block != root && isJunk(block, rootLength, stats)) {
                    stats.detach(block);
                    block.remove();
                }
            }
        }
    }

    /** True when a block is more links, images or widgets than prose. */
    static boolean isJunk(Element block, int rootLength, TextStats stats) {
        int length = stats.text(block);
        double links = stats.linkDensity(block);
        int paragraphs = stats.paragraphs(block);
        if (length == 0) {
            return true;
        }
        if (links > 0.5 && length < 2000 && !block.normalName().equals("p")) {
            return true;
        }
        if (links > 0.9 && length < SHORT_LINK_TEXT) {
            return true;
        }
        if (Boilerplate.isNegative(block) && length < rootLength * 0.3) {
            return true;
        }
        boolean list = block.normalName().equals("ul") || block.normalName().equals("ol");
        if (list) {
            return links > 0.3 && paragraphs == 0 && !hasSentences(block);
        }
        return paragraphs == 0 && length < 25 && links > 0.2;
    }

    private static boolean hasSentences(Element list) {
        int withStops = 0;
        for (Element li : list.select("li")) {
            if (li.text().length() > 60) {
                withStops++;
            }
        }
        return withStops * 2 >= list.select("li").size();
    }
}
