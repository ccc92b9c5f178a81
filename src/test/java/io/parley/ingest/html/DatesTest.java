package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {

    @Test
    void readsTheDateAsWrittenInAnIsoTimestamp() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 19)), Dates.parse("2019-11-19T23:30:00-05:00"));
    }

    @Test
    void readsSlashedAndCompactDates() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 9)), Dates.parse("2019/11/9"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 3)), Dates.parse("20250903"));
    }

    @Test
    void readsRfc1123Dates() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 19)), Dates.parse("Tue, 19 Nov 2019 10:00:00 GMT"));
    }

    @Test
    void readsEnglishWrittenDates() {
        assertEquals(Optional.of(LocalDate.of(2019, 11, 19)), Dates.parse("November 19, 2019, 07:47 PM EST"));
        assertEquals(Optional.of(LocalDate.of(2019, 11, 20)), Dates.parse("01:38:07 PM IST Nov 20, 2019"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 14)), Dates.parse("14 February 2024"));
        assertEquals(Optional.of(LocalDate.of(2025, 9, 3)), Dates.parse("Sept. 3rd, 2025"));
    }

    @Test
    void refusesImpossibleAndMissingDates() {
        assertEquals(Optional.empty(), Dates.parse("2019-13-45"));
        assertEquals(Optional.empty(), Dates.parse("last Tuesday"));
        assertEquals(Optional.empty(), Dates.parse(null));
        assertEquals(Optional.empty(), Dates.parse("0001-01-01T00:00:00Z"));
        assertEquals(Optional.empty(), Dates.parse("February 30, 2024"));
    }
}
