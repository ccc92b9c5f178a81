package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Meeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingBuilderTest {

    @Test
    void keepsOneMeetingPerPairAndStatus() {
        List<Meeting> ms = Texts.extract("Minister Reza Aref met Prime Minister Oleg Varlamov on Monday. "
                + "Aref and Varlamov held talks for two hours.").meetings();
        assertEquals(1, ms.size());
    }

    @Test
    void keepsDateFoundInAnySentenceOfMergedMeeting() {
        Meeting m = Texts.extract("Foreign Minister Anna Berg and her Turkish counterpart Kemal Aydin spoke by phone. "
                + "During the phone call on Tuesday, Berg briefed Aydin on the talks.").meetings().get(0);
        assertEquals(LocalDate.of(2025, 11, 18), m.date());
        assertEquals("on Tuesday", m.dateText());
    }

    @Test
    void takesStatingSentenceNotRetellingAsEvidence() {
        String first = "Foreign Minister Anna Berg and her Turkish counterpart Kemal Aydin spoke by phone on Tuesday evening.";
        List<Meeting> ms = Texts.extract(first + " During the telephone conversation, Berg briefed Aydin on the talks.")
                .meetings();
        assertEquals(1, ms.size());
        assertEquals(first, ms.get(0).evidence().text());
        assertEquals(Texts.HEADLINE.length(), ms.get(0).evidence().start());
        assertEquals("on Tuesday evening", ms.get(0).dateText());
    }

    @Test
    void addsPlaceDateAndTopics() {
        Meeting m = Texts.extract("Minister Reza Aref met Prime Minister Oleg Varlamov in Moscow on Monday to "
                + "discuss sanctions and energy.").meetings().get(0);
        assertEquals("Moscow", m.location());
        assertEquals(LocalDate.of(2025, 11, 17), m.date());
        assertEquals("on Monday", m.dateText());
        assertEquals(List.of("energy", "sanctions"), m.topics());
    }

    @Test
    void leavesKnownPairToItsEarlierMeeting() {
        List<Meeting> ms = Texts.extract("Minister Paul Durand met President Ivan Petrov on Monday. On Tuesday, "
                + "Petrov said he held talks with Durand and Chancellor Anna Weiss.").meetings();
        assertEquals(2, ms.size());
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), ms.get(1).participants().stream()
                .map(io.parley.model.Actor::name).toList());
    }

    @Test
    void mergesRetoldMeetingWithFewerParties() {
        List<Meeting> ms = Texts.extract("King Omar received President Ivan Petrov and Chancellor Anna Weiss. "
                + "During the reception, King Omar and President Petrov exchanged gifts.").meetings();
        assertEquals(1, ms.size());
    }

    @Test
    void datesUndatedMeetingByASeriesLeadThatNamesItsParty() {
        Meeting m = Texts.extract("Foreign Minister Anna Berg held a series of talks on Tuesday with visiting ministers.\n"
                + "Berg met Trade Minister Kemal Aydin to discuss grain exports.").meetings().get(0);
        assertEquals(LocalDate.of(2025, 11, 18), m.date());
        assertEquals("on Tuesday", m.dateText());
    }

    @Test
    void leavesMeetingUndatedWhenTheLeadNamesNoneOfItsParties() {
        List<Meeting> ms = Texts.extract("Parliament debated the budget on Tuesday.\n"
                + "Foreign Minister Anna Berg met Trade Minister Kemal Aydin to discuss grain exports.").meetings();
        assertEquals(1, ms.size());
        assertEquals(null, ms.get(0).date());
    }

    @Test
    void doesNotDatePlannedMeetingByTheLead() {
        List<Meeting> ms = Texts.extract("Foreign Minister Anna Berg spoke to reporters on Tuesday.\n"
                + "Berg will meet Trade Minister Kemal Aydin to discuss grain exports.").meetings();
        assertEquals(1, ms.size());
        assertEquals(null, ms.get(0).date());
    }
}
