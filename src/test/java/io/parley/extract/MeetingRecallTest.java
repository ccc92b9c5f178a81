package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingStatus;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Meeting constructions of issue 9 (recall round): nouns of interaction, quotes that continue their sentence's
 * clause, the visitor of "the visit of X to Y", and the words that make a meeting planned. Each in a sentence
 * written in the style of a wire, an agency or a ministry readout, with the cases that must stay as they were.
 */
class MeetingRecallTest {

    /** The parties of each meeting with its status, "A + B: HELD", in the order of the extraction. */
    private static List<String> meetings(String body) {
        return Texts.extract(body).meetings().stream().map(MeetingRecallTest::line).toList();
    }

    private static String line(Meeting m) {
        Set<String> names = m.participants().stream().map(Actor::name).collect(Collectors.toCollection(TreeSet::new));
        return String.join(" + ", names) + ": " + m.status();
    }

    private static String held(String... parties) {
        return String.join(" + ", new TreeSet<>(List.of(parties))) + ": " + MeetingStatus.HELD;
    }

    private static String planned(String... parties) {
        return String.join(" + ", new TreeSet<>(List.of(parties))) + ": " + MeetingStatus.PLANNED;
    }

    // --- nouns of interaction

    @Test void interactionWithIsAMeeting() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss")), meetings(
                "President Ivan Petrov said the deal was reached after his interaction with Chancellor Anna Weiss, "
                        + "through a telephone conversation on Monday."));
    }

    @Test void anotherEngagementMeetsTheOnesNamedInItsClause() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss"), held("Ivan Petrov", "William Ruto")), meetings(
                "UN Secretary-General Ivan Petrov met Chancellor Anna Weiss in Vienna on Monday. "
                        + "In another engagement, Petrov explored partnership opportunities with Kenya's President William Ruto."));
    }

    @Test void engagementAloneIsNoMeeting() {
        assertEquals(List.of(), meetings(
                "Minister Paul Durand said the country's engagement in the region would grow, "
                        + "and praised President William Ruto for his leadership."));
    }

    // --- an invitation and the phone call it came in are two meetings

    @Test void anInvitationToVisitIsPlannedAndKeptApartFromTheCall() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss"), planned("Ivan Petrov", "Anna Weiss")), meetings(
                "Prime Minister Ivan Petrov held a telephone conversation with Chancellor Anna Weiss on Tuesday. "
                        + "Petrov said he also received an invitation from Weiss to make an official visit to Austria in June."));
    }

    @Test void anInvitationFromWithNoPurposeKeepsItsStatus() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss")), meetings(
                "Chancellor Anna Weiss arrived in Moscow on Monday on an invitation from President Ivan Petrov."));
    }

    // --- a quote that continues its sentence's clause

    @Test void aQuoteOpenedInsideTheClauseKeepsItsSubject() {
        assertEquals(List.of(planned("Park Min-ho", "Kenji Sato")), meetings(
                "The ministry said Foreign Minister Park Min-ho will “hold a meeting with Japanese Foreign Minister "
                        + "Kenji Sato and discuss issues of mutual interest, such as trade and fisheries.”"));
    }

    @Test void aQuotedSentenceAfterACueStillMeetsNoOneOutside() {
        assertEquals(List.of(), meetings(
                "Minister Paul Durand said: “We will hold a meeting with the trade unions next week and discuss "
                        + "wages with them.” He did not say when."));
    }

    // --- the visitor of "the visit of X to Y"

    @Test void theVisitOfAPersonToACountryMeetsItsLeader() {
        assertEquals(List.of(held("Ivan Petrov", "William Ruto"), held("Anna Weiss", "William Ruto")), meetings(
                "Kenyan President William Ruto met Prime Minister Ivan Petrov of Norway in Nairobi on Tuesday. "
                        + "Petrov also recalled the state visit of Chancellor Anna Weiss to Kenya in March 2021."));
    }

    @Test void theVisitOfAPersonWithNoHostNamedIsNoMeetingOfTheSpeaker() {
        assertEquals(List.of(held("Ivan Petrov", "William Ruto")), meetings(
                "Kenyan President William Ruto met Prime Minister Ivan Petrov of Norway in Nairobi on Tuesday. "
                        + "Ruto also recalled the visit of Chancellor Anna Weiss to Brazil in March 2021."));
    }

    // --- planned

    @Test void aLightVerbInfinitiveMakesTheMeetingPlanned() {
        assertEquals(List.of(planned("Antonio Ferreira", "Anna Weiss")), meetings(
                "Council President Antonio Ferreira is expected to hold a video conference with Chancellor Anna Weiss."));
    }

    @Test void toMakeTheMeetingASuccessIsTheMeetingToldBefore() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss")), meetings(
                "President Ivan Petrov met Chancellor Anna Weiss in Vienna on Monday. "
                        + "Petrov said he wanted to make the meeting a success for both countries."));
    }

    @Test void theFirstLeaderToPayAVisitIsHeld() {
        assertEquals(List.of(held("Ivan Petrov", "William Ruto")), meetings(
                "Kenyan President William Ruto on Monday received Prime Minister Ivan Petrov, "
                        + "the first Norwegian leader to pay a visit to Nairobi in a decade."));
    }

    @Test void organizingAVideoConferenceIsPlanned() {
        assertEquals(List.of(planned("Antonio Ferreira", "Anna Weiss")), meetings(
                "Council President Antonio Ferreira is organizing a video conference with Chancellor Anna Weiss "
                        + "on the crisis."));
    }

    @Test void aVisitAheadOfWhichTheTalksComeIsPlanned() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss"), planned("Anna Weiss", "William Ruto")), meetings(
                "President Ivan Petrov met Chancellor Anna Weiss in Vienna on Monday. "
                        + "Kenyan President William Ruto welcomed the talks. "
                        + "The talks come ahead of Weiss's first visit to Kenya in May."));
    }

    @Test void aFrontedAheadOfLeavesTheMainMeetingHeld() {
        assertEquals(List.of(held("Ivan Petrov", "Tomas Novak")), meetings(
                "Ahead of the summit, President Ivan Petrov met Prime Minister Tomas Novak in Prague on Sunday."));
    }

    @Test void theVisitOfThePresidentToACapitalIsPlannedBesideTheHeldCall() {
        assertEquals(List.of(held("Ivan Petrov", "Tomas Novak"), planned("Ivan Petrov", "Tomas Novak")), meetings(
                "A telephone conversation took place on Monday between President Ivan Petrov of Norway and Czech "
                        + "President Tomas Novak. Following the talks, the parties agreed to hold a working visit of the "
                        + "President Ivan Petrov to Prague at the end of May."));
    }

    @Test void aRecentVisitIsHeldWhateverTheClausePlans() {
        assertEquals(List.of(held("Anna Weiss", "Tomas Novak"), planned("Antonio Ferreira", "Anna Weiss")), meetings(
                "Chancellor Anna Weiss met Czech President Tomas Novak in Prague on Friday. "
                        + "Council President Antonio Ferreira will hold a video conference with Weiss tomorrow to hear "
                        + "her account of her recent visit to the Czech Republic."));
    }

    // --- a gathering with its own roster

    @Test void broughtTogetherIsTheGatheringsOwnRoster() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss", "Tomas Novak")), meetings(
                "The summit in Geneva on 8 August, which brought together President Ivan Petrov, Chancellor Anna "
                        + "Weiss and Czech President Tomas Novak, ended with a joint declaration."));
    }

    @Test void anOwnRosterAddsNothingToAnotherSummitsRoster() {
        List<String> found = meetings(
                "On Monday, President Ivan Petrov and Chancellor Anna Weiss met on the sidelines of the regional summit in "
                        + "Tianjin. It was their first meeting since the summit in Geneva in August, which brought "
                        + "together Petrov, Weiss and Czech President Tomas Novak. At the Tianjin summit, Petrov also met "
                        + "Chinese President Li Wen, who hosted the summit.");
        assertEquals(true, found.contains(held("Ivan Petrov", "Anna Weiss", "Tomas Novak")), found.toString());
        assertEquals(false, found.stream().anyMatch(m -> m.contains("Tomas Novak") && m.contains("Li Wen")),
                found.toString());
    }

    // --- the same two parties meeting twice

    @Test void metAndWillMeetAgainAreTwoMeetings() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss"), planned("Ivan Petrov", "Anna Weiss")), meetings(
                "President Ivan Petrov met Chancellor Anna Weiss in Vienna on Monday and will meet her again in Oslo in May."));
    }

    @Test void twoTriggersOfOneMeetingInOneSentenceStayOne() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss")), meetings(
                "President Ivan Petrov met Chancellor Anna Weiss in Vienna on Monday, and the talks lasted three hours."));
    }

    @Test void aPastVisitInARelativeClauseIsKeptApartFromTodaysTalks() {
        assertEquals(List.of(held("Tomas Novak", "William Ruto"), held("Tomas Novak", "William Ruto")), meetings(
                "Czech Prime Minister Tomas Novak, who visited Kenya in 2019, held talks with Kenyan President "
                        + "William Ruto in Prague on Tuesday."));
    }

    @Test void aFrontedPastMarkerDatesEveryTriggerOfItsSentence() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss"), held("Ivan Petrov", "Anna Weiss")), meetings(
                "President Ivan Petrov met Austrian Chancellor Anna Weiss in Vienna on Monday. "
                        + "Last year, Petrov visited Austria and held talks with Weiss in Salzburg."));
    }

    // --- several bilaterals in one sentence

    @Test void talkWithBothAAndBIsOneBilateralEach() {
        assertEquals(List.of(held("Ivan Petrov", "Tomas Novak"), held("Ivan Petrov", "Anna Weiss")), meetings(
                "On Sunday, President Ivan Petrov had the opportunity to talk with both Czech President Tomas Novak "
                        + "and Austrian Chancellor Anna Weiss."));
    }

    @Test void bothAtATrilateralMeetingIsOneMeeting() {
        assertEquals(List.of(held("Ivan Petrov", "Tomas Novak", "Anna Weiss")), meetings(
                "President Ivan Petrov met both Czech President Tomas Novak and Austrian Chancellor Anna Weiss at a "
                        + "trilateral meeting in Vienna."));
    }

    @Test void bothElsewhereInTheSentenceIsNoList() {
        assertEquals(List.of(held("Ivan Petrov", "Tomas Novak", "Anna Weiss")), meetings(
                "President Ivan Petrov met Czech President Tomas Novak and Austrian Chancellor Anna Weiss in Vienna, "
                        + "and both countries signed the accord."));
    }

    @Test void wereAbleToMeetIsHeldAndWantToMeetIsPlanned() {
        assertEquals(List.of(held("Ivan Petrov", "Tomas Novak"), planned("Ivan Petrov", "Anna Weiss")), meetings(
                "President Ivan Petrov and Czech President Tomas Novak were able to meet in Prague on Sunday. "
                        + "Petrov said he wants to meet Austrian Chancellor Anna Weiss soon."));
    }

    // --- a gathering word owned by two people

    @Test void aSummitOwnedByTwoIsTheirMeeting() {
        assertEquals(List.of(held("Ivan Petrov", "Anna Weiss")), meetings(
                "The treaty was signed at Petrov’s and Weiss’s summit in Geneva, President Ivan Petrov of Norway "
                        + "and Austrian Chancellor Anna Weiss told reporters."));
    }

    @Test void aSummitOwnedByOneIsNoMeeting() {
        assertEquals(List.of(), meetings(
                "President Ivan Petrov of Norway praised Weiss’s summit on climate, which drew 40 countries."));
    }

    // --- a future auxiliary parted from its verb by time phrases

    @Test void futureAuxiliaryBeforeTimePhrasesPlansTheVisit() {
        assertEquals(List.of(planned("Anna Weiss", "Paul Durand")), meetings(
                "Chancellor Anna Weiss will on Thursday morning, 14 March 2024, receive President Paul Durand "
                        + "of France for an official visit in Vienna."));
    }

    @Test void futureAuxiliaryOfAnInnerClauseLeavesTheMeetingHeld() {
        assertEquals(List.of(held("Anna Weiss", "Paul Durand")), meetings(
                "Chancellor Anna Weiss, who will step down after a decade in office, met President Paul Durand "
                        + "in Vienna on Monday."));
    }
}
