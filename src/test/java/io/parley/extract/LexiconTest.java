package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.lexicon.Lexicon;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void dropsCommentsAndBlankLines() {
        assertFalse(Lexicon.lines("cues.txt").stream().anyMatch(l -> l.startsWith("#") || l.isBlank()));
    }

    @Test
    void readsTabSeparatedPairs() {
        assertEquals("Russia", Texts.LEX.country("Russian"));
        assertEquals("after", Texts.LEX.cues().get("said"));
        assertEquals("PHONE_CALL", Texts.LEX.meetingTriggers().get("phone call"));
    }

    @Test
    void knowsOrganizationsAndCities() {
        assertTrue(Texts.LEX.organizations().contains("IAEA"));
        assertTrue(Texts.LEX.cities().contains("Moscow"));
    }
}
