package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The page constructions that cost main-text extractors points on sites they were not tuned on, one page each
 * (our own writing and markup): short stories in table layouts, a story inside a container named like
 * boilerplate, lists and tables that belong to the story, reader responses, photo-gallery captions, "more
 * stories" teasers and rails, slideshow texts, comment threads longer than the story, and an unclosed
 * {@code <title>}.
 */
class HtmlConstructionsTest {

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private String text(String fixture) {
        return extractor.extract(Fixtures.html(fixture), null).text();
    }

    private static void assertLines(String text, String... lines) {
        assertEquals(String.join("\n", lines), text);
    }

    private static void assertAbsent(String text, String... pieces) {
        for (String piece : pieces) {
            assertFalse(text.contains(piece), () -> "kept: " + piece + "\n---\n" + text);
        }
    }

    @Test
    void shortStoryInATableLayoutIsKeptWithoutTheMenuColumn() {
        assertLines(text("short-table-story.html"),
                "Delegates from Port Virel and Kessa signed a harbour accord on Tuesday after two days of talks, "
                        + "the port authority said.",
                "\"Our fishermen can plan again,\" Mayor Ilse Tanvik told reporters outside the customs hall.",
                "The accord takes effect in March and will be reviewed after a year.");
    }

    @Test
    void storyInsideABylineNamedWrapperIsKept() {
        String text = text("byline-wrapper.html");
        assertTrue(text.startsWith("Envoys from the four countries that share the Sava-Lune basin"), text);
        assertTrue(text.endsWith("according to a statement released after the meeting."), text);
        assertEquals(4, text.lines().count(), text);
        assertAbsent(text, "Most read", "Rail strike", "By Ana Keshet");
    }

    @Test
    void listAndTableOfTheStoryAreKept() {
        String text = text("article-list-table.html");
        assertTrue(text.contains("\npublish impact studies\nconsult coastal communities\nreport to the secretariat yearly\n"),
                text);
        assertTrue(text.contains("Asia-Pacific"), text);
        assertTrue(text.contains("\"This is a floor, not a ceiling,\""), text);
        assertAbsent(text, "World Desk");
    }

    @Test
    void readerResponsesAreLeftOut() {
        String text = text("reader-responses.html");
        assertTrue(text.endsWith("if the insurance terms were settled in time."), text);
        assertAbsent(text, "responses", "harbourwatcher", "who pays for the liaison officers", "Reply");
    }

    @Test
    void photoGalleryCaptionsAreLeftOut() {
        String text = text("photo-gallery.html");
        assertTrue(text.endsWith("Traffic will be allowed on the bridge from Monday morning, the transport ministry said."),
                text);
        assertAbsent(text, "Crowds gathered", "brass band", "places of honour");
    }

    @Test
    void moreStoriesTeasersAreLeftOut() {
        String text = text("more-stories.html");
        assertTrue(text.endsWith("standing beside his Doruna counterpart."), text);
        assertAbsent(text, "More from Europe", "pension reform", "night shifts", "Crews worked");
    }

    @Test
    void twoParagraphStoryInATableCellBesideLinkColumnsIsKept() {
        assertLines(text("short-story-in-table-cell.html"),
                "The regional council voted 31 to 9 on Thursday to fund a new bridge over the Aller river.",
                "Construction is due to begin next spring, council leader Mara Voss said.");
    }

    @Test
    void storyInsideAMetaNamedWrapperKeepsItsList() {
        String text = text("story-in-meta-named-wrapper.html");
        assertTrue(text.startsWith("Negotiators from Arvell and the Dunmore Union signed a trade agreement"), text);
        assertTrue(text.contains("\nTariffs on machinery fall to zero within five years.\nFarm quotas rise by a tenth"
                + " each year.\nA joint court hears disputes.\n"), text);
        assertTrue(text.endsWith("said at the signing ceremony."), text);
        assertAbsent(text, "Daily Ledger", "12 March 2025");
    }

    @Test
    void commentThreadLongerThanTheStoryIsLeftOut() {
        String text = text("comment-thread-longer-than-story.html");
        assertTrue(text.startsWith("The Molvan-Tesk border crossing at Drey reopened on Friday"), text);
        assertTrue(text.endsWith("said after the meeting in Drey."), text);
        assertEquals(3, text.lines().count(), text);
        assertAbsent(text, "thoughts on", "lorry", "square one", "chambers of commerce", "vegetables");
    }

    @Test
    void readerThreadNamedDiscussionIsLeftOut() {
        String text = text("discussion-thread.html");
        assertTrue(text.startsWith("Transport ministers from Varn and Elsholm signed a deal on Monday"), text);
        assertTrue(text.endsWith("told reporters after the signing."), text);
        assertAbsent(text, "Join the discussion", "oldsalt", "spring floods", "harbour pilot");
    }

    @Test
    void slideshowTextsAreLeftOut() {
        assertLines(text("slideshow-captions.html"),
                "Leaders of the five northern states opened their annual summit in Lenvik on Wednesday with talks on "
                        + "fishing rights and shipping lanes.",
                "The host, President Sigrun Tal, said she hoped the summit would end with a joint declaration on the "
                        + "shipping lanes by Friday.",
                "Talks on fishing rights are expected to be harder, diplomats said, with two states refusing to lower "
                        + "their quotas.");
    }

    @Test
    void moreStoriesRailWithTeaserParagraphsIsLeftOut() {
        String text = text("more-stories-rail.html");
        assertTrue(text.startsWith("Envoys from Kelmar and Ostria met in Sarn on Monday"), text);
        assertTrue(text.endsWith("Ostria's envoy, Pell Marrow, told reporters."), text);
        assertAbsent(text, "More stories", "tractors", "Central bank", "rail union");
    }

    @Test
    void latestStoriesAsArticleCardsAreLeftOut() {
        String text = text("latest-article-cards.html");
        assertTrue(text.startsWith("Lawmakers in Marrow voted 212 to 140 on Tuesday"), text);
        assertTrue(text.endsWith("challenge the law in the constitutional court."), text);
        assertAbsent(text, "Latest", "Dock workers", "reservoirs", "airport line");
    }

    @Test
    void unclosedTitleDoesNotSwallowThePage() {
        HtmlPage page = extractor.extract(Fixtures.html("unclosed-title.html"), null);
        assertEquals("Talks on fishing quotas end without deal", page.title());
        assertTrue(page.text().startsWith("Negotiators from the northern coastal states"), page.text());
        assertTrue(page.text().endsWith("will meet again in three weeks."), page.text());
    }
}
