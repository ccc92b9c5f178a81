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

    @Test
    void keepsTheTextFiguresItIsGivenThoseOfTheWrappedTree() {
        Element body = Jsoup.parse("<section><div><h2>Talks</h2>The envoy arrived in <b>Doha</b> on Tuesday morning, "
                + "aides said.<div><p>She met the emir.</p></div><span>Talks resume <a><p>on Friday, in Doha.</p></a>"
                + "</span></div></section>").body();
        TextStats stats = TextStats.of(body);
        int before = stats.paragraphs(body);
        LooseTextWrapper.wrap(body, stats);
        TextStats fresh = TextStats.of(body);
        assertEquals(before + 2, fresh.paragraphs(body), body::html);
        for (Element e : body.getAllElements()) {
            assertEquals(fresh.paragraphText(e), stats.paragraphText(e), e::cssSelector);
            assertEquals(fresh.paragraphs(e), stats.paragraphs(e), e::cssSelector);
            assertEquals(fresh.text(e), stats.text(e), e::cssSelector);
        }
    }
}
