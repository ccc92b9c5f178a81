package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BatchRemovalTest {

    @Test
    void removesMarkedChildrenOfOneParentAndKeepsTheRestInOrder() {
        Document doc = Jsoup.parse("<div id=d><p>a</p><b>x</b>text<p>b</p><p>c</p><i>y</i></div>");
        BatchRemoval removal = new BatchRemoval();
        doc.select("#d > b, #d > i, #d > p:nth-of-type(2)").forEach(removal::add);
        removal.apply();
        assertEquals("<p>a</p>text<p>c</p>", doc.getElementById("d").html().replace("\n", ""));
    }

    @Test
    void removesASingleMarkedElementAndDetachesIt() {
        Document doc = Jsoup.parse("<div id=d><p>a</p><p id=gone>b</p></div>");
        Element gone = doc.getElementById("gone");
        BatchRemoval removal = new BatchRemoval();
        removal.add(gone);
        removal.apply();
        assertNull(gone.parent());
        assertEquals("a", doc.getElementById("d").text());
    }

    @Test
    void removesNestedMarkedElements() {
        Document doc = Jsoup.parse("<div id=d><section id=s><p id=p>a</p><p>b</p></section><p>c</p></div>");
        BatchRemoval removal = new BatchRemoval();
        removal.add(doc.getElementById("p"));
        removal.add(doc.getElementById("s"));
        removal.apply();
        assertEquals("c", doc.getElementById("d").text());
    }
}
