package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    @Test
    void writesOneLinePerBlockAndBreak() {
        Element body = Jsoup.parse("<h2>Steps</h2><p>First  <b>line</b>\n of text.</p><p>Second<br>third</p>"
                + "<ul><li>a</li><li>b</li></ul><p> </p>").body();
        assertEquals(List.of("Steps", "First line of text.", "Second", "third", "a", "b"),
                TextRenderer.lines(List.of(body)));
    }

    @Test
    void keepsInlineElementsOnTheLine() {
        Element body = Jsoup.parse("<p>The <a href=#>minister</a> <span>said</span> <em>no</em>.</p>").body();
        assertEquals("The minister said no.", TextRenderer.render(List.of(body)));
    }
}
