package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Extraction;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingAssemblerTest {

    private static List<Meeting> meetings(String body) {
        return Texts.extract(body).meetings();
    }

    private static List<String> names(Meeting m) {
        return m.participants().stream().map(Actor::name).toList();
    }

    @Test
    void bothSidesAreThePartiesOfTheMeetingBefore() {
        List<Meeting> ms = meetings("President Ivan Petrov met Chancellor Anna Weiss in Berlin on Monday. "
                + "The two leaders agreed to meet again in Moscow next year.");
        assertEquals(2, ms.size());
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(ms.get(1)));
        assertEquals("doc:both-sides", ms.get(1).rule());
    }

    @Test
    void aPastMeetingOfTheSamePartiesStaysApart() {
        List<Meeting> ms = meetings("President Ivan Petrov met Chancellor Anna Weiss in Berlin on Monday. "
                + "They had met in Moscow in 2019.");
        assertEquals(2, ms.size());
    }

    @Test
    void attendeesJoinTheMeetingBefore() {
        List<Meeting> ms = meetings("President Ivan Petrov held talks with Chancellor Anna Weiss in Berlin. "
                + "Foreign Minister Omar Haddad and Defence Minister Lena Holm were present during the meeting.");
        assertEquals(1, ms.size());
        assertEquals(List.of("Ivan Petrov", "Anna Weiss", "Omar Haddad", "Lena Holm"), names(ms.get(0)));
        assertEquals("trigger:held talks+doc:attendees", ms.get(0).rule());
    }

    @Test
    void aStateVisitMeetsTheHostNamedElsewhere() {
        List<Meeting> ms = meetings("President Ivan Petrov arrived in Nairobi on a state visit on Monday. "
                + "Kenyan President Daniel Mwangi said the two countries would sign trade deals.");
        assertEquals(List.of("Ivan Petrov", "Daniel Mwangi"), names(ms.get(0)));
        assertEquals("doc:visit-host", ms.get(0).rule());
    }

    @Test
    void aVisitToACountryMeetsItsLeader() {
        List<Meeting> ms = meetings("Kenyan President Daniel Mwangi hailed the ties. "
                + "Prime Minister Ivan Petrov visited Kenya on Monday.");
        assertEquals(List.of("Ivan Petrov", "Daniel Mwangi"), names(ms.get(0)));
        assertEquals("trigger:visited+doc:visit-host", ms.get(0).rule());
    }

    @Test
    void aSummitToldInSeveralSentencesIsOneMultilateralMeetingApartFromItsSidelines() {
        List<Meeting> ms = meetings("President Ivan Petrov and Prime Minister Anna Weiss attended the Lakeside "
                + "summit on Monday. On the sidelines of the summit, Chancellor Omar Haddad met President Kemal Aydin.");
        Meeting summit = ms.stream().filter(m -> m.rule().equals("doc:summit-roster")).findFirst().orElseThrow();
        assertEquals(MeetingKind.MULTILATERAL, summit.kind());
        assertEquals(List.of("Ivan Petrov", "Anna Weiss", "Omar Haddad", "Kemal Aydin"), names(summit));
        assertEquals(2, ms.size());
    }

    @Test
    void theTwoLeadersWithNoMeetingBeforeAreTheTwoOfficialsNamedLast() {
        List<Meeting> ms = meetings("Chinese President Li Wei arrived at the Kremlin on Monday, where Russian "
                + "President Ivan Petrov welcomed him. The two leaders then held talks on energy.");
        assertEquals(List.of("Li Wei", "Ivan Petrov"), names(ms.get(0)));
        assertEquals("doc:group-recent", ms.get(0).rule());
    }

    @Test
    void aHeadlineMeetingOfAPartyAndACountryIsTheBodysMeetingInShort() {
        Extraction x = Texts.EXTRACTOR.extractOrThrow(Texts.article("Kenya's minister meets Ivan Petrov\n\n"
                + "President Ivan Petrov received Kenyan Foreign Minister Daniel Mwangi in Moscow on Monday.\n",
                java.time.LocalDate.of(2025, 11, 19)));
        assertEquals(1, x.meetings().size());
        assertEquals(List.of("Ivan Petrov", "Daniel Mwangi"), names(x.meetings().get(0)));
    }

    @Test
    void aGroupInsideAQuoteIsNoMeetingOfTheOfficialsNamedLast() {
        assertEquals(List.of(), meetings("Chinese President Li Wei thanked Russian President Ivan Petrov. "
                + "“They sat there while they were having the meeting,” Senator Omar Haddad said."));
    }

    @Test
    void threePeopleMeetingOnTheSidelinesOfAGatheringWereAtTheGatheringToo() {
        List<Meeting> ms = meetings("Chilean Foreign Minister Ana Ruiz, Peruvian Foreign Minister Omar Haddad and "
                + "Bolivian Foreign Minister Lena Holm held a trilateral meeting on the sidelines of the Andean "
                + "Forum in Lima on Monday.");
        assertEquals(2, ms.size());
        assertEquals(ms.get(0).participants(), ms.get(1).participants());
        assertEquals("doc:sideline-gathering", ms.get(1).rule());
        assertEquals(MeetingKind.MULTILATERAL, ms.get(1).kind());
    }

    @Test
    void twoPeopleOnTheSidelinesMakeNoGatheringOfTheirOwn() {
        List<Meeting> ms = meetings("Chilean Foreign Minister Ana Ruiz met Peruvian Foreign Minister Omar Haddad on "
                + "the sidelines of the Andean Forum in Lima on Monday.");
        assertEquals(1, ms.size());
    }
}
