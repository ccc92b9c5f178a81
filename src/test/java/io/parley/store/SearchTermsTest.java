package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void closedClassWordsAndSingleCharactersGetNoPostings() {
        assertEquals(List.of("iran", "talk", "sanction", "relief", "resume", "hear"),
                List.copyOf(SearchTerms.postings("Iran's talks about U.S. sanctions relief could resume, I hear it")));
        assertFalse(SearchTerms.indexed("s"));
        assertFalse(SearchTerms.indexed("u"));
        assertFalse(SearchTerms.indexed("about"));
        assertFalse(SearchTerms.indexed("could"));
    }

    @Test
    void shortNamesAndContentWordsKeepTheirPostings() {
        assertTrue(SearchTerms.indexed("un"));
        assertTrue(SearchTerms.indexed("eu"));
        assertTrue(SearchTerms.indexed("sanction"));
        assertTrue(SearchTerms.indexed("president"));
    }
}
