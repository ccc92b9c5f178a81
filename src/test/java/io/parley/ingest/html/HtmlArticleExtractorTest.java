package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlArticleExtractorTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private HtmlPage page(String name, String baseUrl) {
        return extractor.extract(Fixtures.html(name), baseUrl);
    }

    private static void assertInOrder(String text, String... pieces) {
        int from = 0;
        for (String piece : pieces) {
            int at = text.indexOf(piece, from);
            assertTrue(at >= 0, () -> "missing or out of order: " + piece + "\n---\n" + text);
            from = at + piece.length();
        }
    }

    private static void assertAbsent(String text, String... pieces) {
        for (String piece : pieces) {
            assertFalse(text.contains(piece), () -> "boilerplate kept: " + piece + "\n---\n" + text);
        }
    }

    @Test
    void wireStoryKeepsParagraphsHeadingsAndListInOrder() {
        String text = page("wire-story.html", "https://envoy.example/world/x").text();
        assertInOrder(text, "The foreign ministers of Arvenia and Beltrasia agreed on Monday",
                "Meeting in Vienna, Minister Tomas Eder", "\"We have lost too much time,\" Eder told",
                "Confidence-building steps", "The ministers listed three measures",
                "the reopening of two crossing points", "a joint hotline", "and the exchange of detained fishermen.",
                "Sokol said the hotline would be tested");
    }

    @Test
    void wireStoryDropsEveryBoilerplatePiece() {
        String text = page("wire-story.html", null).text();
        assertAbsent(text, "We use cookies", "Accept all", "Politics", "Lena Varga", "Share on Facebook",
                "shake hands", "Beltrasia recalls ambassador", "Related", "Advertisement", "Envoy Briefing",
                "inbox every morning", "Finally some good news", "Comments (2)", "Markets rally", "All rights reserved");
    }

    @Test
    void wireStoryReadsMetadata() {
        HtmlPage page = page("wire-story.html", "https://envoy.example/world/x");
        assertEquals("Foreign ministers agree to reopen border talks", page.title());
        assertEquals(LocalDate.of(2025, 11, 18), page.published());
        assertEquals("https://envoy.example/world/2025/11/18/border-talks-reopen", page.canonicalUrl());
    }

    @Test
    void textHasOneParagraphPerLineWithoutTheHeadline() {
        List<String> lines = page("wire-story.html", null).text().lines().toList();
        assertTrue(lines.get(0).startsWith("The foreign ministers of Arvenia"));
        assertFalse(lines.contains("Foreign ministers agree to reopen border talks"));
    }

    @Test
    void blogPostKeepsEntryContentAndDropsCommentsSidebarAndSharing() {
        HtmlPage page = page("blog-post.html", null);
        assertInOrder(page.text(), "The annual meeting of foreign ministers closed in Kuala Lumpur",
                "Three things stood out", "1. The maritime code", "Delegates spoke openly",
                "2. The quiet bilateral meetings", "The Philippine and Vietnamese ministers",
                "Whether any of this holds");
        assertAbsent(page.text(), "Posted on", "Share this", "Twitter", "Related posts", "ASEAN 2024",
                "Filed under", "thoughts on this post", "Thanks for the write-up", "Leave a Reply",
                "Recent Posts", "Mekong", "Proudly powered", "Home");
    }

    @Test
    void blogPostReadsTitleFromTitleTagAndCompactDate() {
        HtmlPage page = page("blog-post.html", null);
        assertEquals("Notes from the ASEAN ministerial: what changed this year", page.title());
        assertEquals(LocalDate.of(2025, 9, 3), page.published());
        assertEquals("https://southeastdesk.example/2025/09/asean-ministerial-notes/", page.canonicalUrl());
    }

    @Test
    void tableLayoutSplitsTextAtLineBreaksAndDropsMenus() {
        HtmlPage page = page("table-layout.html", null);
        assertInOrder(page.text(), "The Prime Minister received the special envoy",
                "\nThe two sides discussed preparations", "\nThe envoy conveyed an invitation",
                "\nThe meeting was attended by the Minister of Foreign Affairs");
        assertAbsent(page.text(), "Regional", "Weather", "Print this page", "Send to a friend", "Advertise",
                "14 February 2024");
        assertEquals("Prime Minister receives Gulf envoy", page.title());
        assertEquals(LocalDate.of(2024, 2, 14), page.published());
        assertNull(page.canonicalUrl());
    }

    @Test
    void splitSectionsAreJoinedAroundAdsAndReadMoreLinks() {
        HtmlPage page = page("split-sections.html", null);
        assertInOrder(page.text(), "Leaders of the seven coastal states ended their two-day summit",
                "The host, President Amara Okafor", "Two delegations, speaking on condition of anonymity",
                "Observers had expected at least a short declaration", "The next summit is due to take place");
        assertAbsent(page.text(), "Meridian\n", "Video", "Your privacy matters", "Manage choices", "Omar Haddad",
                "Advertisement", "Read more", "Fisheries", "More stories", "Ministers clash", "independent newsroom");
    }

    @Test
    void splitSectionsReadTitleFromJsonLdAndUrlFromOpenGraph() {
        HtmlPage page = page("split-sections.html", null);
        assertEquals("Summit ends without a joint statement", page.title());
        assertEquals(LocalDate.of(2025, 6, 30), page.published());
        assertEquals("https://meridian.example/news/summit-ends-without-statement-4412", page.canonicalUrl());
    }

    @Test
    void scriptRenderedPageFallsBackToJsonLdArticleBody() {
        HtmlPage page = page("script-rendered.html", null);
        assertEquals("Special envoys from both sides met in Doha on Tuesday for a second round of indirect talks,"
                + " the mediators said.\nNo date was set for a third round.", page.text());
        assertEquals("Envoys meet in Doha for a second round", page.title());
        assertEquals(LocalDate.of(2025, 3, 12), page.published());
    }

    @Test
    void ministryReleaseKeepsQuotesAndTheMinistersTweet() {
        HtmlPage page = page("ministry-release.html", null);
        assertInOrder(page.text(), "Foreign Minister Tomas Eder received the Foreign Minister of Norway",
                "The ministers signed a memorandum of understanding", "\"Norway is one of our closest partners",
                "Minister Lund thanked her host", "Productive talks with @KariLund");
        assertAbsent(page.text(), "Skip to main content", "official website", "Press room", "Consular services",
                "6 May 2025\n", "Print", "RSS", "signing ceremony", "during the talks", "Related documents",
                "Memorandum of understanding (PDF", "Last updated", "Accessibility");
    }

    @Test
    void ministryReleaseReadsItempropDateAndTrimsLongSiteName() {
        HtmlPage page = page("ministry-release.html", null);
        assertEquals("Foreign Minister holds talks with his Norwegian counterpart", page.title());
        assertEquals(LocalDate.of(2025, 5, 6), page.published());
        assertEquals("https://mfa.arvenia.example/en/press/2025/05/06/eder-norway-talks", page.canonicalUrl());
    }

    @Test
    void pageWithoutArticleGivesEmptyTextNotAnError() {
        HtmlPage page = extractor.extract("<html><body><nav><a href='/'>Home</a></nav></body></html>", null);
        assertEquals("", page.text());
        assertEquals("", page.title());
        assertNull(page.published());
    }

    @ParameterizedTest
    @ValueSource(strings = {"wire-story.html", "blog-post.html", "table-layout.html", "split-sections.html",
        "script-rendered.html", "ministry-release.html"})
    void everyPageGivesTextAndTheSameResultTwice(String name) {
        HtmlPage first = page(name, null);
        assertFalse(first.text().isBlank());
        assertEquals(first, page(name, null));
    }

    @Test
    void randomTagSoupNeverThrows() {
        String[] parts = {"<div class=ad>", "</div>", "<p>", "</p>", "<a href=x>", "</a>", "<script type='application/ld+json'>{",
            "</script>", "<article>", "<ul><li>", "<br>", "<nav>", "text, more text, ", "The minister said. ", "<table><td>",
            "<meta property=og:title content=", "<time datetime='2025-13-40'>", "\u0000", "<!--", "-->", "&amp;", "<"};
        Random random = new Random(42);
        for (int i = 0; i < 100; i++) {
            StringBuilder html = new StringBuilder();
            for (int j = random.nextInt(80); j > 0; j--) {
                html.append(parts[random.nextInt(parts.length)]);
            }
            HtmlPage page = extractor.extract(html.toString(), null);
            assertEquals(page, extractor.extract(html.toString(), null));
        }
    }

    @Test
    void messyInputNeverThrows() {
        for (String html : List.of("", "<", "<<<>>>", "<div><p>unclosed", "plain words", "<script>x</script>")) {
            assertEquals(HtmlPage.class, extractor.extract(html, "not a url").getClass());
        }
    }

    /** Issue 15: main text of deeply nested markup used to take minutes; the work is now linear in the elements. */
    @ParameterizedTest
    @ValueSource(strings = {"div", "blockquote", "td"})
    void deeplyNestedMarkupWithinTheBudgetGivesItsText(String tag) {
        String sentence = "The envoys said the talks would resume in the spring, after the elections.";
        String html = "<html><body>" + ("<" + tag + ">w ").repeat(50_000) + "<p>" + sentence + "</p></body></html>";
        HtmlPage page = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> extractor.extract(html, null));
        assertTrue(page.text().contains(sentence), () -> page.text().substring(0, 200));
    }

    @Test
    void pageOverTheElementBudgetIsRefusedAsTooComplex() {
        String html = "<html><body>" + "<div>".repeat(HtmlArticleExtractor.MAX_ELEMENTS + 1) + "Talks.</body></html>";
        PageTooComplexException e = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> assertThrows(PageTooComplexException.class, () -> extractor.extract(html, null)));
        assertEquals("the page is too complex: 100003 HTML elements or more, more than the limit of 100000",
                e.getMessage());
    }
}
