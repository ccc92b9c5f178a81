package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate THURSDAY = LocalDate.of(2025, 11, 27);

    @Test
    void thisMonthAndLastMonth() {
        assertRange("this month", "2025-11-01", "2025-11-30");
        assertRange("last month", "2025-10-01", "2025-10-31");
    }

    @Test
    void weeksRunMondayToSunday() {
        assertRange("this week", "2025-11-24", "2025-11-30");
        assertRange("last week", "2025-11-17", "2025-11-23");
    }

    @Test
    void namedMonthWithOrWithoutYear() {
        assertRange("in November 2025", "2025-11-01", "2025-11-30");
        assertRange("in December", "2024-12-01", "2024-12-31");
        assertRange("in october", "2025-10-01", "2025-10-31");
    }

    @Test
    void openRanges() {
        DateRange since = DateRange.find("since October", THURSDAY).orElseThrow();
        assertEquals(LocalDate.of(2025, 10, 1), since.from());
        assertNull(since.to());
        DateRange before = DateRange.find("before 2025-11-17", THURSDAY).orElseThrow();
        assertNull(before.from());
        assertEquals(LocalDate.of(2025, 11, 16), before.to());
    }

    @Test
    void daysAndYears() {
        assertRange("yesterday", "2025-11-26", "2025-11-26");
        assertRange("on 2025-11-17", "2025-11-17", "2025-11-17");
        assertRange("in 2024", "2024-01-01", "2024-12-31");
    }

    @Test
    void reportsWhereTheWordsWere() {
        DateRange r = DateRange.find("Who did Aref meet this week in Moscow", THURSDAY).orElseThrow();
        assertEquals("this week", "Who did Aref meet this week in Moscow".substring(r.start(), r.end()));
    }

    @Test
    void noDateNoRange() {
        assertTrue(DateRange.find("What did Lavrov say about Iran", THURSDAY).isEmpty());
    }

    private static void assertRange(String words, String from, String to) {
        DateRange r = DateRange.find(words, THURSDAY).orElseThrow();
        assertEquals(LocalDate.parse(from), r.from(), words);
        assertEquals(LocalDate.parse(to), r.to(), words);
    }
}
