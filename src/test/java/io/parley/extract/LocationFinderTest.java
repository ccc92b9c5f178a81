package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LocationFinderTest {

    private static String locate(String text, int sentence) {
        Doc doc = Texts.doc(text);
        Dateline d = Dateline.find(text, doc.paragraphs(), Texts.LEX.cities());
        return new LocationFinder(Texts.LEX).locate(doc, sentence, d);
    }

    @Test
    void takesCityNamedInTheSentence() {
        assertEquals("New Delhi", locate("H\nThey met in New Delhi.", 1));
    }

    @Test
    void takesCityTheArticleTravelledToBefore() {
        assertEquals("Moscow", locate("H\nTEHRAN – Aref travelled to Moscow. Aref met Varlamov.", 2));
    }

    @Test
    void fallsBackToDateline() {
        assertEquals("Riyadh", locate("H\nRIYADH\nThe king received the president.", 2));
    }

    @Test
    void ignoresCityThatStandsForItsGovernment() {
        assertEquals(null, locate("H\nEnvoy Lim Ho met Envoy Glyn Davies to discuss Pyongyang’s tests.", 1));
    }

    @Test
    void takesACapitalOrLargeCityOfTheGazetteer() {
        assertEquals("Ouagadougou", locate("H\nThe two ministers met in Ouagadougou on Monday.", 1));
        assertEquals("Dar es Salaam", locate("H\nThe envoys held talks in Dar es Salaam.", 1));
    }

    @Test
    void skipsSmallGazetteerTownsAndVenuesAfterAt() {
        assertEquals(null, locate("H\nThe leaders met in Florida last week.", 1));
        assertEquals(null, locate("H\nThe president received the premier at Bellevue.", 1));
    }
}
