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

    @Test
    void findsTelephoned() {
        Meeting m = meetings("President Ivan Petrov telephoned Chancellor Anna Weiss on Tuesday.").get(0);
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(m));
        assertEquals(MeetingKind.PHONE_CALL, m.kind());
    }

    @Test
    void findsPartnerNamedBeforeAPhoneCall() {
        Meeting m = meetings("President Ivan Petrov discussed grain exports with Chancellor Anna Weiss in a phone "
                + "call on Tuesday.").get(0);
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(m));
        assertEquals(MeetingKind.PHONE_CALL, m.kind());
    }

    @Test
    void findsCourtesyCallOnAHost() {
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(meetings(
                "Ambassador Ivan Petrov paid a courtesy call on Chancellor Anna Weiss in Berlin.").get(0)));
    }

    @Test
    void findsDinnerHostedForAGuest() {
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(meetings(
                "President Ivan Petrov hosted a dinner for Chancellor Anna Weiss in Moscow.").get(0)));
    }

    @Test
    void findsJointPressConference() {
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(meetings(
                "President Ivan Petrov spoke at a joint press conference with Chancellor Anna Weiss.").get(0)));
    }

    @Test
    void findsMeetingOfTwoJoinedPossessives() {
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(meetings(
                "President Ivan Petrov and Chancellor Anna Weiss's meeting lasted two hours.").get(0)));
    }

    @Test
    void findsPassiveReception() {
        assertEquals(List.of("Anna Weiss", "Ivan Petrov"), names(meetings(
                "Chancellor Anna Weiss was received by President Ivan Petrov at the Kremlin.").get(0)));
    }

    @Test
    void keepsTheReportingSpokespersonOut() {
        assertEquals(List.of("Ivan Petrov", "Kemal Aydin"), names(meetings("Foreign Minister Ivan Petrov met his "
                + "Turkish counterpart Kemal Aydin in Ankara on Monday, ministry spokesperson Maria Lenz said.").get(0)));
    }

    @Test
    void keepsAnAliasOut() {
        assertEquals(List.of("Ivan Petrov", "Abu Bakar Hassan"), names(meetings(
                "President Ivan Petrov met Abu Bakar Hassan, a.k.a. Abu Hamza, in Kuala Lumpur on Monday.").get(0)));
    }

    @Test
    void ignoresCancelledMeeting() {
        assertEquals(List.of(), meetings("Prime Minister Kemal Aydin stays home, and the planned meeting with "
                + "President Ivan Petrov was cancelled."));
    }

    @Test
    void ignoresHypotheticalMeeting() {
        assertEquals(List.of(), meetings("President Ivan Petrov could meet Chancellor Anna Weiss if the truce holds."));
        assertEquals(List.of(), meetings("If President Ivan Petrov meets Chancellor Anna Weiss, prices may fall."));
    }

    @Test
    void agreedToMeetIsPlanned() {
        assertEquals(MeetingStatus.PLANNED, meetings("President Ivan Petrov and Chancellor Anna Weiss agreed to meet "
                + "in Berlin.").get(0).status());
    }

    @Test
    void ignoresVisitWhoseMeetingIsDenied() {
        assertEquals(List.of(), meetings("The schedule for Petrov's Turkish visit does not list a meeting with "
                + "President Kemal Aydin."));
    }

    @Test
    void keepsTwoMeetingsOfOneSentenceApart() {
        List<Meeting> ms = meetings("Envoy Ivan Petrov met President Kemal Aydin and was scheduled to meet later "
                + "with Prime Minister Omar Haddad.");
        assertEquals(List.of("Ivan Petrov", "Kemal Aydin"), names(ms.get(0)));
        assertEquals(List.of("Ivan Petrov", "Omar Haddad"), names(ms.get(1)));
        assertEquals(MeetingStatus.PLANNED, ms.get(1).status());
    }

    @Test
    void givesAPossessiveMeetingToTheNearestPerson() {
        List<Meeting> ms = meetings("Council President Anna Weiss will hear President Ivan Petrov about his meeting "
                + "with Chancellor Omar Haddad.");
        assertEquals(List.of("Ivan Petrov", "Omar Haddad"), names(ms.get(ms.size() - 1)));
    }

    @Test
    void splitsBilateralTalksWithSeveralGuests() {
        List<Meeting> ms = meetings("President Ivan Petrov held bilateral talks with Chancellor Anna Weiss, "
                + "President Kemal Aydin and Prime Minister Omar Haddad.");
        assertEquals(3, ms.size());
        assertEquals(List.of("Ivan Petrov", "Omar Haddad"), names(ms.get(2)));
    }

    @Test
    void splitsTalksWithOfficialsIncludingSeveral() {
        List<Meeting> ms = meetings("Minister Anna Weiss will hold talks with officials, including President Kemal "
                + "Aydin and Prime Minister Omar Haddad.");
        assertEquals(List.of("Anna Weiss", "Kemal Aydin"), names(ms.get(0)));
        assertEquals(List.of("Anna Weiss", "Omar Haddad"), names(ms.get(1)));
    }

    @Test
    void readsANameAfterATitleThatGoesOnWithOf() {
        assertEquals(List.of("Ivan Petrov", "Omar Haddad", "Kemal Aydin"), names(meetings("A trilateral meeting was "
                + "held in Sochi between President Ivan Petrov, President of the Republic of Kenya Omar Haddad and "
                + "President Kemal Aydin.").get(0)));
    }

    @Test
    void aPossessiveAfterTheTriggerDoesNotChangeItsParties() {
        List<Meeting> ms = meetings("Envoy Omar Haddad, who came at Petrov’s invitation, will hold meetings with "
                + "officials during his stay.");
        assertEquals(List.of(), ms);
    }

    @Test
    void credentialsAsQualificationsAreNoMeeting() {
        assertEquals(List.of(), meetings("Governor Anna Weiss and Senator Omar Haddad have strong foreign policy "
                + "credentials."));
        assertEquals(List.of("Ivan Petrov", "Omar Haddad"), names(meetings("President Ivan Petrov received the "
                + "credentials of Ambassador Omar Haddad.").get(0)));
    }

    @Test
    void talksBetweenMeetOnlyThePartiesAfterBetween() {
        assertEquals(List.of(), meetings("Senator Omar Haddad's promise to stay neutral in negotiations between "
                + "Israel and the rebels worried allies."));
    }

    @Test
    void aDemonymBeforeACommonNounIsNoParty() {
        assertEquals(List.of(), meetings("Minister Omar Haddad spoke of plans for meeting any Russian challenge."));
    }

    @Test
    void resolvesATitleToTheOnePersonOfThatCountryWhoHoldsIt() {
        assertEquals(List.of("Daniel Mwangi", "Ivan Petrov"), names(meetings("During a meeting with the Kenyan "
                + "President in Nairobi, Foreign Minister Ivan Petrov praised the ties. Kenyan President Daniel "
                + "Mwangi thanked him.").get(0)));
    }

    @Test
    void countryWordsBeforeSharedCounterpartsAreNoParties() {
        List<Meeting> ms = meetings("Prime Minister Ivan Petrov met his Kenyan and Ugandan counterparts at the weekend.");
        assertEquals(List.of(), ms);
    }

    @Test
    void countryCounterpartsNamedLaterAreThosePeople() {
        List<Meeting> ms = meetings("Prime Minister Ivan Petrov met his Kenyan and Ugandan counterparts at the weekend. "
                + "Kenyan President Daniel Mwangi spoke of trade. Ugandan President Joseph Okello spoke of roads.");
        assertEquals(List.of("Ivan Petrov", "Daniel Mwangi", "Joseph Okello"), names(ms.get(0)));
    }

    @Test
    void aMeetingScheduledAfterItsTriggerIsPlanned() {
        List<Meeting> ms = meetings("President Ivan Petrov will meet Chancellor Anna Weiss in Berlin. "
                + "Officials said Petrov's Dec. 28 meeting with Weiss was scheduled two weeks ago.");
        assertEquals(1, ms.size());
        assertEquals(MeetingStatus.PLANNED, ms.get(0).status());
    }

    @Test
    void talksBetweenEndAtTheList() {
        assertEquals(List.of(), meetings("Senator Omar Haddad's pledge to be neutral in negotiations between Kenya "
                + "and the rebels, he said, has worried allies."));
    }

    @Test
    void aFrontedCallMeetsTheSpeakerAfterTheComma() {
        List<Meeting> ms = meetings("In a telephone conversation with his Kenyan counterpart Daniel Mwangi, Wang said "
                + "China valued the partnership. Chinese Foreign Minister Wang Lei spoke of trade.");
        assertEquals(1, ms.size());
        assertEquals(List.of("Daniel Mwangi", "Wang Lei"), names(ms.get(0)));
        assertEquals(MeetingKind.PHONE_CALL, ms.get(0).kind());
    }

    @Test
    void theReporterAfterACommaIsStillNoParty() {
        List<Meeting> ms = meetings("President Ivan Petrov met Chancellor Anna Weiss in Berlin, "
                + "spokesman Karl Berger said.");
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(ms.get(0)));
    }

    @Test
    void anInvitationToTalksIsAPlannedMeeting() {
        Meeting m = meetings("President Lena Holm has invited opposition leader Marco Diaz to reconciliation talks "
                + "planned for Friday.").get(0);
        assertEquals(List.of("Lena Holm", "Marco Diaz"), names(m));
        assertEquals(MeetingStatus.PLANNED, m.status());
        assertEquals("trigger:invited", m.rule());
    }

    @Test
    void anInvitationToSomethingElseIsNoMeeting() {
        assertEquals(List.of(), meetings("President Lena Holm invited opposition leader Marco Diaz to attend "
                + "the ceremony. Holm also invited bids for the port."));
    }

    @Test
    void metAndWasScheduledToMeetKeepsTheFirstMeetingHeld() {
        List<Meeting> ms = meetings("Envoy Karl Berger met with Kenyan President Daniel Mwangi and was scheduled "
                + "to meet later with opposition leader Ana Ruiz.");
        assertEquals(MeetingStatus.HELD, ms.get(0).status());
        assertEquals(List.of("Karl Berger", "Ana Ruiz"), names(ms.get(1)));
        assertEquals(MeetingStatus.PLANNED, ms.get(1).status());
    }

    @Test
    void bilateralTiesAsATopicDoNotSplitAMeetingIntoBilaterals() {
        List<Meeting> ms = meetings("Prime Minister Ivan Petrov met President Ana Ruiz, Chancellor Omar Haddad and "
                + "King Karl Berger in Oslo to review bilateral ties.");
        assertEquals(1, ms.size());
        assertEquals(4, ms.get(0).participants().size());
    }

    @Test
    void bilateralTalksWithSeveralGuestsAreOneMeetingEach() {
        List<Meeting> ms = meetings("Prime Minister Ivan Petrov held bilateral talks with President Ana Ruiz, "
                + "Chancellor Omar Haddad and King Karl Berger in Oslo.");
        assertEquals(3, ms.size());
        assertEquals(List.of("Ivan Petrov", "Karl Berger"), names(ms.get(2)));
    }

    @Test
    void aCountryTitleWithAnotherHeadIsTheOneOfficialOfThatCountry() {
        List<Meeting> ms = meetings("Kenyan Foreign Minister Daniel Mwangi praised the port deal on Tuesday. "
                + "Russian President Ivan Petrov had received the Kenyan envoy in Moscow.");
        assertEquals(List.of("Ivan Petrov", "Daniel Mwangi"), names(ms.get(0)));
    }

    @Test
    void credentialsPresentedToAPresidentMeetTheReceiver() {
        Meeting m = meetings("The ambassador, Ana Ruiz, presented her credentials to President Tom Baker.").get(0);
        assertEquals(List.of("Ana Ruiz", "Tom Baker"), names(m));
    }

    @Test
    void aTopicDiscussedWithSomeoneInAPhoneCallIsACall() {
        Meeting m = meetings("President Ivan Petrov discussed energy prices with Chancellor Anna Weiss in a phone "
                + "call on Tuesday.").get(0);
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), names(m));
        assertEquals(MeetingKind.PHONE_CALL, m.kind());
    }
}
