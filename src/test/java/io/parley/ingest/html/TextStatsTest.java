package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextStatsTest {

    private static final String HTML = "<div id=root><p>Ten chars.</p>\n  <p><a href=#>link</a> text</p><ul><li>x</li></ul></div>";

    @Test
    void countsTextLinksAndParagraphsBottomUp() {
        Element root = Jsoup.parse(HTML).getElementById("root");
        TextStats stats = TextStats.of(root);
        assertEquals(2, stats.paragraphs(root));
        assertEquals(4, stats.links(root));
        assertEquals(10 + 9, stats.paragraphText(root));
        assertEquals(root.text().length(), stats.text(root), 2, "approximate: block boundaries add no space");
    }

    @Test
    void detachSubtractsFromAncestors() {
        Element root = Jsoup.parse(HTML).getElementById("root");
        TextStats stats = TextStats.of(root);
        Element second = root.child(1);
        stats.detach(second);
        second.remove();
        assertEquals(1, stats.paragraphs(root));
        assertEquals(0, stats.links(root));
        assertEquals(0.0, stats.linkDensity(root));
    }

    @Test
    void collapsesWhitespaceRuns() {
        assertEquals(5, TextStats.collapsedLength("a \n\t b c"));
    }
}
