package io.parley.ingest.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * ConditionalCleaner removes, inside the chosen article container, the blocks that look like lists of links,
 * empty shells or widgets rather than prose: Readability's "clean conditionally" step. Lists and tables of
 * mostly-linked text go, as do short blocks with more images or links than sentences, and table cells that are
 * menus (the link column of a table layout).
 */
final class ConditionalCleaner {

    private static final String CLEANABLE = "ul, ol, table, div, section, dl, p, td";
    private static final int MENU_LINKS = 3;
    private static final int SHORT_LINK_TEXT = 200;
    private static final int LONG_BLOCK = 2000;
    private static final int LONG_ITEM = 60;
    private static final int MIN_PROSE = 25;

    private ConditionalCleaner() {
    }

    /** Cleans each root in place. */
    static void clean(List<Element> roots) {
        for (Element root : roots) {
            TextStats stats = TextStats.of(root);
            List<Element> blocks = root.select(CLEANABLE);
            int rootLength = stats.text(root);
            BatchRemoval removal = new BatchRemoval();
            for (int i = blocks.size() - 1; i >= 0; i--) {
                Element block = blocks.get(i);
                if (block != root && isJunk(block, rootLength, stats)) {
                    stats.detach(block);
                    removal.add(block);
                }
            }
            removal.apply();
        }
    }

    /** True when a block is more links, images or widgets than prose. */
    static boolean isJunk(Element block, int rootLength, TextStats stats) {
        int length = stats.text(block);
        double links = stats.linkDensity(block);
        if (block.normalName().equals("td")) {
            return isMenuCell(block, links);
        }
        if (length == 0 || isLinkBlock(block, length, links) || isNamedWidget(block, length, rootLength)) {
            return true;
        }
        String tag = block.normalName();
        if (tag.equals("ul") || tag.equals("ol")) {
            return links > 0.3 && stats.paragraphs(block) == 0 && !hasLongItems(block, stats);
        }
        return stats.paragraphs(block) == 0 && length < MIN_PROSE && links > 0.2;
    }

    /** A block that is mostly links: a link list, or a paragraph that is one short link ("Read: ..."). */
    private static boolean isLinkBlock(Element block, int length, double links) {
        boolean paragraph = block.normalName().equals("p");
        return !paragraph && links > 0.5 && length < LONG_BLOCK || links > 0.9 && length < SHORT_LINK_TEXT;
    }

    /**
     * A table cell that is a menu: mostly the text of three or more links, as the navigation column of a table
     * layout. A data table's cell holding one link is not one.
     */
    private static boolean isMenuCell(Element cell, double links) {
        return links > 0.5 && cell.getElementsByTag("a").size() >= MENU_LINKS;
    }

    /** A small block whose class names boilerplate (an inline share bar or advert inside the body). */
    private static boolean isNamedWidget(Element block, int length, int rootLength) {
        return Boilerplate.isNegative(block) && length < rootLength * 0.3;
    }

    /** True when at least half the items of a list are sentence-long, so it is content, not navigation. */
    private static boolean hasLongItems(Element list, TextStats stats) {
        int items = 0;
        int longItems = 0;
        for (Element item : list.children()) {
            if (item.normalName().equals("li")) {
                items++;
                longItems += stats.text(item) > LONG_ITEM ? 1 : 0;
            }
        }
        return longItems * 2 >= items;
    }
}
