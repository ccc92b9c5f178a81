package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ConditionalCleanerTest {

    private static Element clean(String html) {
        Element root = Jsoup.parse("<div id=root>" + html + "</div>").getElementById("root");
        ConditionalCleaner.clean(List.of(root));
        return root;
    }

    @Test
    void removesLinkListsAndLinkOnlyParagraphs() {
        Element root = clean("<p>The talks resumed on Monday in Geneva.</p>"
                + "<ul><li><a href=#>Story one</a></li><li><a href=#>Story two</a></li></ul>"
                + "<p><a href=#>Ministers clash over port fees</a></p>");
        assertEquals("The talks resumed on Monday in Geneva.", root.text());
    }

    @Test
    void keepsListsOfSentences() {
        Element root = clean("<p>They agreed on three steps:</p><ul><li>reopen two crossing points for civilian traffic,"
                + " starting in January next year</li><li>set up a hotline between the two border commands, tested weekly"
                + "</li></ul>");
        assertEquals(2, root.select("li").size());
    }
}
