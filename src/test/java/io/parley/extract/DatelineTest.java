package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DatelineTest {

    private static Dateline find(String text) {
        return Dateline.find(text, Paragraphs.split(text), Texts.LEX.cities());
    }

    @Test
    void readsCityAndDash() {
        assertEquals("Tehran", find("Head\nTEHRAN – Iran said.").city());
    }

    @Test
    void readsWireDatelineWithDateAndAgency() {
        Dateline d = find("Head\nMOSCOW, Nov 17 (Reuters) - Russia said.");
        assertEquals("Moscow", d.city());
        assertEquals("Nov 17", d.dateText());
    }

    @Test
    void readsAgencyDatelineWithEmDash() {
        assertEquals("Washington", find("Head\nWASHINGTON (AP) — The talks ended.").city());
    }

    @Test
    void readsCityAloneOnItsLine() {
        assertEquals("Riyadh", find("Head\nRIYADH\nThe summit opened.").city());
    }

    @Test
    void findsNoDatelineInPlainSentence() {
        assertNull(find("Head\nThe talks ended on Monday.").city());
    }

    @Test
    void readsKnownCityBeforeDateAndColon() {
        Dateline d = find("Head\nNew Delhi, Dec 16: The president arrived.");
        assertEquals("New Delhi", d.city());
        assertEquals("Dec 16", d.dateText());
    }

    @Test
    void readsAgencyBetweenSlashesAfterAFullMonthName() {
        Dateline d = find("Head\nBEIJING, September 3. /Xinhua Wire/. China said.");
        assertEquals("Beijing", d.city());
        assertEquals("September 3", d.dateText());
    }
}
