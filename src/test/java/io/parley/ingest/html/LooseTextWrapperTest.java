package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LooseTextWrapperTest {

    @Test
    void wrapsTextBetweenBlocksIntoParagraphs() {
        Element body = Jsoup.parse("<div><h2>Title</h2>The envoy arrived in <b>Doha</b> on Tuesday morning.<div>x</div></div>").body();
        LooseTextWrapper.wrap(body);
        assertEquals("The envoy arrived in Doha on Tuesday morning.", body.selectFirst("p").text());
    }

    @Test
    void leavesShortLabelsAlone() {
        Element body = Jsoup.parse("<div><h2>Title</h2> | <div>x</div></div>").body();
        LooseTextWrapper.wrap(body);
        assertEquals(0, body.select("p").size());
    }
}
