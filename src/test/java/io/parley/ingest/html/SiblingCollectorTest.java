package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiblingCollectorTest {

    private static final String P = "<p>The delegations met in Geneva on Monday, and they agreed, after long talks, to meet again.</p>";

    private static List<String> ids(String html) {
        Element body = Jsoup.parse(html).body();
        ContentScorer scorer = ContentScorer.of(body);
        return SiblingCollector.collect(scorer.best(body), scorer, body).stream().map(Element::id).toList();
    }

    @Test
    void addsProseParagraphSiblingsInOrder() {
        assertEquals(List.of("lead", "main", "tail"), ids("<div id=wrap><p id=lead>The talks opened with a statement"
                + " from the host, who called for calm and for patience from all the parties.</p><div id=main>"
                + P.repeat(4) + "</div><p id=tail>They will meet again.</p><p id=nav><a href=#>Next story</a></p></div>"));
    }

    @Test
    void addsSameClassChunksElsewhereInThePage() {
        String rail = "<div class=rail><a href=#>Subscribe</a></div>";
        assertEquals(List.of("one", "two"), ids("<div class=grid><div class=chunk id=one>" + P.repeat(4) + "</div>"
                + rail + "</div><div class=quote>Pull quote</div><div class=grid><div class=chunk id=two>" + P.repeat(3)
                + "</div>" + rail + "</div>"));
    }
}
