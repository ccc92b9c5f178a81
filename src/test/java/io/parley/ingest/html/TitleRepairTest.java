package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class TitleRepairTest {

    @Test
    void closesAnUnclosedTitleBeforeTheNextTag() {
        assertEquals("<head><title>Border talks</title><meta charset=utf-8></head><p>Text</p>",
                TitleRepair.close("<head><title>Border talks<meta charset=utf-8></head><p>Text</p>"));
    }

    @Test
    void closesATitleWithAttributesAtTheEndWhenNoTagFollows() {
        assertEquals("<TITLE lang=en>Border talks</title>", TitleRepair.close("<TITLE lang=en>Border talks"));
    }

    @Test
    void skipsATagWhoseNameOnlyStartsWithTitle() {
        assertEquals("<titlebar>Daily</titlebar><title>Border talks</title><p>Text</p>",
                TitleRepair.close("<titlebar>Daily</titlebar><title>Border talks<p>Text</p>"));
    }

    @Test
    void leavesAClosedTitleAlone() {
        String html = "<title>Border talks</TITLE><p>Text</p>";
        assertSame(html, TitleRepair.close(html));
    }

    @Test
    void leavesAPageWithoutTitleAlone() {
        String html = "<p>Text</p>";
        assertSame(html, TitleRepair.close(html));
    }
}
