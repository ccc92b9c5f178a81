package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentScorerTest {

    private static final String P = "<p>The foreign ministers met in Vienna on Monday, and they agreed, after long talks, to meet again.</p>";

    @Test
    void picksTheContainerWithMostProse() {
        Element body = Jsoup.parse("<div id=menu><a href=#>Home</a></div><div id=story>" + P.repeat(4)
                + "</div><div id=teaser>" + P + "</div>").body();
        assertEquals("story", ContentScorer.of(body).best(body).id());
    }

    @Test
    void linkHeavyContainersLose() {
        String linked = "<p><a href=#>The foreign ministers met in Vienna on Monday, and they agreed, after long talks.</a></p>";
        Element body = Jsoup.parse("<div id=links>" + linked.repeat(6) + "</div><div id=story>" + P.repeat(3) + "</div>").body();
        assertEquals("story", ContentScorer.of(body).best(body).id());
    }

    @Test
    void fallsBackWhenNothingScores() {
        Element body = Jsoup.parse("<div>Hi</div>").body();
        assertEquals(body, ContentScorer.of(body).best(body));
    }

    @Test
    void divWithoutBlockChildrenIsAParagraph() {
        Element doc = Jsoup.parse("<div id=a>text <b>bold</b></div><div id=b><p>x</p></div>").body();
        assertTrue(ContentScorer.isParagraph(doc.getElementById("a")));
        assertEquals(false, ContentScorer.isParagraph(doc.getElementById("b")));
    }
}
