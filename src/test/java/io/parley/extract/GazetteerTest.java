package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer small = Gazetteer.parse(List.of("Bogotá\tCO\t7674366", "Paris\tFR\t2138551",
            "Paris\tUS\t24782", "broken line", "Nowhere\tXX\tmany"));

    @Test
    void findsAPlaceAsWrittenOrWithoutAccents() {
        assertEquals(new Gazetteer.Place("Bogotá", "CO", 7674366, false), small.place("Bogotá"));
        assertEquals("CO", small.place("Bogota").country());
    }

    @Test
    void aSharedNameGivesTheMostPopulousPlace() {
        assertEquals("FR", small.place("Paris").country());
    }

    @Test
    void skipsMalformedLines() {
        assertNull(small.place("Nowhere"));
        assertFalse(small.contains("broken line"));
    }

    @Test
    void theBuiltGazetteerKnowsCapitalsAndBigCitiesButNotCommonWords() {
        Gazetteer g = Gazetteer.load();
        assertTrue(g.size() > 8_000, "the build writes lexicon/gazetteer.tsv: " + g.size());
        assertEquals("SB", g.place("Honiara").country());
        assertEquals("ET", g.place("Addis Ababa").country());
        assertEquals("KE", g.place("Nairobi").country());
        assertFalse(g.contains("Minister"));
        assertFalse(g.contains("said"));
    }
}
