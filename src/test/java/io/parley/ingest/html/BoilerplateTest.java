package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    private static Element div(String cls) {
        return Jsoup.parse("<div class='" + cls + "'></div>").selectFirst("div");
    }

    private static String prose(int n) {
        return "<p>The ministers met in Geneva on Monday and agreed to continue the talks next month.</p>".repeat(n);
    }

    @Test
    void namesBoilerplateByClassWords() {
        assertTrue(Boilerplate.isNegative(div("c-share-bar")));
        assertTrue(Boilerplate.isNegative(div("related-articles")));
        assertTrue(Boilerplate.isNegative(div("ad-slot")));
        assertTrue(Boilerplate.isNegative(div("comment-list")));
    }

    @Test
    void doesNotNameArticleBodiesEmbedsOrTaxonomyClasses() {
        assertFalse(Boilerplate.isNegative(div("article-body share-enabled")));
        assertFalse(Boilerplate.isNegative(div("social-media-embed")));
        assertFalse(Boilerplate.isNegative(div("post type-post tag-comments category-advertising")));
        assertFalse(Boilerplate.isNegative(div("loader head")));
    }

    @Test
    void stripRemovesNavigationScriptsAndNamedBlocks() {
        Document doc = Jsoup.parse("<nav>Menu</nav><script>x()</script><div class=newsletter>Sign up</div>"
                + "<div class=story>" + prose(3) + "</div><footer>Footer</footer>");
        Boilerplate.strip(doc);
        assertEquals(3, doc.select("p").size());
        assertFalse(doc.text().contains("Menu") || doc.text().contains("Sign up") || doc.text().contains("Footer"));
    }

    @Test
    void stripKeepsFiguresThatWrapSocialPostsButDropsPictureFigures() {
        Document doc = Jsoup.parse("<div>" + prose(3) + "<figure><img src=a.jpg><figcaption>The minister arrives.</figcaption>"
                + "</figure><figure class=embed><blockquote class=twitter-tweet><p>We will not back down.</p>"
                + "</blockquote></figure></div>");
        Boilerplate.strip(doc);
        assertTrue(doc.text().contains("We will not back down."));
        assertFalse(doc.text().contains("The minister arrives."));
    }

    @Test
    void stripKeepsABlockThatHoldsMostOfThePageText() {
        Document doc = Jsoup.parse("<div class='content-with-sidebar'>" + prose(5) + "</div><p>Short.</p>");
        Boilerplate.strip(doc);
        assertEquals(6, doc.select("p").size());
    }
}
