package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdTest {

    private static JsonLd of(String json) {
        return JsonLd.of(Jsoup.parse("<script type='application/ld+json'>" + json + "</script>"));
    }

    @Test
    void findsTheArticleInsideAGraph() {
        JsonLd ld = of("{\"@graph\":[{\"@type\":\"WebSite\",\"headline\":\"no\"},"
                + "{\"@type\":[\"NewsArticle\"],\"headline\":\"Envoys meet\"}]}");
        assertEquals(Optional.of("Envoys meet"), ld.articleText("headline"));
    }

    @Test
    void toleratesRawNewlinesInStrings() {
        assertEquals(Optional.of("Line one.\nLine two."),
                of("{\"@type\":\"BlogPosting\",\"articleBody\":\"Line one.\nLine two.\"}").articleText("articleBody"));
    }

    @Test
    void ignoresBrokenScriptsAndNonArticles() {
        assertEquals(Optional.empty(), of("{\"@type\": ").articleText("headline"));
        assertEquals(Optional.empty(), of("{\"@type\":\"Organization\",\"headline\":\"x\"}").articleText("headline"));
    }

    @Test
    void htmlArticleBodyBecomesLines() {
        assertEquals("One.\nTwo.", JsonLdBody.plain("<p>One.</p>\n\n<p>Two.</p>"));
        assertEquals("One.\nTwo.", JsonLdBody.plain("One.\n\n  Two.  "));
    }
}
