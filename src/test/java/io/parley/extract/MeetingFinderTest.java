package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingFinderTest {

    private static List<Meeting> meetings(String body) {
        return Texts.extract(body).meetings();
    }

    private static List<String> names(Meeting m) {
        return m.participants().stream().map(Actor::name).toList();
    }

    @Test
    void findsMetWithAndResolvesFullNames() {
        Meeting m = meetings("Vice-President Reza Aref arrived. Aref met with Russian Prime Minister Oleg Varlamov.").get(0);
        assertEquals(List.of("Reza Aref", "Oleg Varlamov"), names(m));
        assertEquals(MeetingKind.IN_PERSON, m.kind());
        assertEquals(MeetingStatus.HELD, m.status());
        assertEquals("Aref met with Russian Prime Minister Oleg Varlamov.", m.evidence().text());
    }

    @Test
    void findsTalksBetweenCountriesWhenNoPersonIsNamed() {
        assertEquals(List.of("Germany", "Poland"), names(meetings("Talks between Germany and Poland ended.").get(0)));
    }

    @Test
    void findsPhoneCall() {
        Meeting m = meetings("President Ivan Petrov spoke by phone with President Kemal Aydin.").get(0);
        assertEquals(MeetingKind.PHONE_CALL, m.kind());
        assertEquals(List.of("Ivan Petrov", "Kemal Aydin"), names(m));
    }

    @Test
    void ignoresMeetingSaidNotToBePlanned() {
        assertEquals(List.of(), meetings("The Kremlin said no meeting between Minister Paul Durand and "
                + "President Ivan Petrov was planned."));
    }

    @Test
    void ignoresMeetingThatDidNotHappen() {
        assertEquals(List.of(), meetings("President Ivan Petrov did not meet Chancellor Anna Weiss."));
    }

    @Test
    void ignoresMeetingWithNoPlans() {
        assertEquals(List.of(), meetings("There are no plans for President Ivan Petrov to meet Chancellor Anna Weiss."));
    }

    @Test
    void ignoresDeclinedMeeting() {
        assertEquals(List.of(), meetings("President Ivan Petrov declined to meet Chancellor Anna Weiss."));
    }

    @Test
    void ignoresRefusedMeeting() {
        assertEquals(List.of(), meetings("President Ivan Petrov refused to meet Chancellor Anna Weiss."));
    }

    @Test
    void keepsMeetingAfterNegatorInOuterClause() {
        assertEquals(1, meetings("There is no doubt that President Ivan Petrov met Chancellor Anna Weiss.").size());
    }

    @Test
    void findsVideoCall() {
        assertEquals(MeetingKind.VIDEO_CALL,
                meetings("President Ivan Petrov held a video call with Chancellor Anna Weiss.").get(0).kind());
    }

    @Test
    void marksScheduledMeetingAsPlanned() {
        assertEquals(MeetingStatus.PLANNED,
                meetings("Minister Claire Duval is scheduled to meet Secretary Mark Ellison.").get(0).status());
    }

    @Test
    void findsHostReceivingGuest() {
        assertEquals(List.of("Abdulaziz", "Youssef Mansour"),
                names(meetings("King Abdulaziz received Egyptian President Youssef Mansour.").get(0)));
    }

    @Test
    void findsInvitationToVisit() {
        Meeting m = meetings("Prime Minister Louis Garneau invited President Daniel Hart to visit Ottawa.").get(0);
        assertEquals(List.of("Louis Garneau", "Daniel Hart"), names(m));
        assertEquals(MeetingStatus.PLANNED, m.status());
    }

    @Test
    void findsSidelinesMeeting() {
        assertEquals(List.of("Faisal Al-Harbi", "Salim al-Busaidi"), names(meetings(
                "Saudi Foreign Minister Faisal Al-Harbi met his Omani counterpart Salim al-Busaidi on the sidelines "
                        + "of the GCC summit.").get(0)));
    }

    @Test
    void needsTwoNamedParties() {
        assertEquals(List.of(), meetings("Minister Claire Duval met officials in the capital."));
    }

    @Test
    void findsVisitAtInvitation() {
        Meeting m = meetings("Vice-President Reza Aref visited Moscow at the invitation of Prime Minister Oleg Varlamov.")
                .get(0);
        assertEquals(List.of("Reza Aref", "Oleg Varlamov"), names(m));
        assertEquals("Moscow", m.location());
    }

    @Test
    void needsAnOfficeOrCountryAmongTheParties() {
        assertEquals(List.of(), meetings("Larry Smith met Mason Rudolph at the stadium."));
    }

    @Test
    void keepsMeetingInsideLongQuoteApartFromNamesOutside() {
        assertEquals(List.of(), meetings("“We look forward to the talks with Prime Minister Oleg Varlamov tomorrow and "
                + "more,” the minister said."));
    }
}
