package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountryEvidenceTest {

    private static final CountryEvidence EVIDENCE = CountryEvidence.load();
    private static final String MET = "EU foreign policy chief Maren Talvik met Ukrainian Foreign Minister Oleh Marchuk in Brussels.";

    @Test
    void aDemonymBeforeTheTitleAndNameSupportsTheCountry() {
        assertTrue(EVIDENCE.supports(new Actor("Oleh Marchuk", "Foreign Minister", "Ukraine"), List.of(MET),
                List.of("Maren Talvik")));
    }

    @Test
    void theOtherPartysDemonymDoesNotSupportIt() {
        assertFalse(EVIDENCE.supports(new Actor("Maren Talvik", "chief", "Ukraine"), List.of(MET), List.of("Oleh Marchuk")));
    }

    @Test
    void aPossessiveCountryInAnAppositionSupportsIt() {
        String s = "Oleh Marchuk, Ukraine's foreign minister, met Maren Talvik on Monday.";
        assertTrue(EVIDENCE.supports(new Actor("Oleh Marchuk", null, "Ukraine"), List.of(s), List.of("Maren Talvik")));
        assertFalse(EVIDENCE.supports(new Actor("Maren Talvik", null, "Ukraine"), List.of(s), List.of("Oleh Marchuk")));
    }

    @Test
    void aTwoWordCountryCounts() {
        String s = "South Korea's top diplomat Han Jae-won called Lu Wei.";
        assertTrue(EVIDENCE.supports(new Actor("Han Jae-won", null, "South Korea"), List.of(s), List.of("Lu Wei")));
    }
}
