package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ClassNamesTest {

    private static ClassNames.Words words(boolean body, boolean boilerplate, boolean embed) {
        return ClassNames.Words.of(body, boilerplate, embed);
    }

    @Test
    void boilerplatePartsMatchInsideLongerNames() {
        assertEquals(words(false, true, false), ClassNames.read("Comment-List"));
        assertEquals(words(false, true, false), ClassNames.read("site-sidebar-left"));
    }

    @Test
    void boilerplateWordsMatchOnlyBetweenSeparators() {
        assertEquals(words(false, true, false), ClassNames.read("main-nav"));
        assertEquals(words(false, true, false), ClassNames.read("wrap is_footer"));
        assertEquals(ClassNames.Words.NONE, ClassNames.read("canvas-wrapper shadow"));
    }

    @Test
    void bodyAndEmbedWordsAreReadBesideBoilerplateWords() {
        assertEquals(words(true, true, false), ClassNames.read("entry-content sidebar-gap"));
        assertEquals(words(false, true, true), ClassNames.read("social-embed twitter-tweet"));
    }

    @Test
    void taxonomyClassesAreDroppedBeforeReading() {
        assertEquals(ClassNames.Words.NONE, ClassNames.read("post type-post category-comments tag-sidebar post-123"));
        assertEquals("post postid-12a node-", ClassNames.withoutTaxonomy("post\tpostid-12a  postid-12 node- has-x"));
    }
}
