package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2025, 11, 19);
    private final DateResolver dates = new DateResolver();

    private DateResolver.Found find(String s, LocalDate ref, boolean planned) {
        return dates.find(s, 0, s.length(), ref, planned);
    }

    @Test
    void resolvesWeekdayBackwardsForHeldMeeting() {
        DateResolver.Found f = find("They met on Monday in Moscow.", WEDNESDAY, false);
        assertEquals(LocalDate.of(2025, 11, 17), f.date());
        assertEquals("on Monday", f.text());
        assertEquals(9, f.start());
        assertEquals(18, f.end());
    }

    @Test
    void resolvesWeekdayForwardsForPlannedMeeting() {
        assertEquals(LocalDate.of(2025, 11, 21), find("They will meet on Friday.", WEDNESDAY, true).date());
    }

    @Test
    void resolvesLastWeekday() {
        assertEquals(LocalDate.of(2025, 11, 18), find("They met last Tuesday.", WEDNESDAY, false).date());
    }

    @Test
    void resolvesMonthAndDayInPublicationYear() {
        assertEquals(LocalDate.of(2025, 11, 17), find("They met on Nov. 17.", WEDNESDAY, false).date());
    }

    @Test
    void resolvesAbsoluteDateWithoutPublicationDate() {
        assertEquals(LocalDate.of(2025, 11, 17), find("They met on 17 November 2025.", null, false).date());
    }

    @Test
    void keepsWordsButNoDateForRelativeWeekWithoutReference() {
        DateResolver.Found f = find("They met this week.", WEDNESDAY, false);
        assertEquals("this week", f.text());
        assertNull(f.date());
        assertNull(find("They met on Monday.", null, false).date());
    }

    @Test
    void resolvesTodayAndYesterday() {
        assertEquals(WEDNESDAY, find("They spoke today.", WEDNESDAY, false).date());
        assertEquals(WEDNESDAY.minusDays(1), find("They spoke yesterday.", WEDNESDAY, false).date());
    }

    @Test
    void resolvesRelativeDayThatOpensTheSentence() {
        DateResolver.Found f = find("Earlier in the day, the two ministers held talks in Lusaka.", WEDNESDAY, false);
        assertEquals("Earlier in the day", f.text());
        assertEquals(WEDNESDAY, f.date());
        assertEquals(WEDNESDAY.minusDays(1),
                find("Yesterday the envoy met the rebel leaders.", WEDNESDAY, false).date());
        assertEquals(WEDNESDAY.plusDays(1), find("Tomorrow she meets the mayor.", WEDNESDAY, true).date());
    }

    @Test
    void leavesOtherCapitalisedWordsAlone() {
        assertNull(find("Todays and Yesterdays are bands, not dates.", WEDNESDAY, false));
    }
}
