package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The constructions of issue 9, items 1–4, each in a news-style sentence of its own. */
class MeetingConstructionsTest {

    private static List<Set<String>> sets(String body) {
        return Texts.extract(body).meetings().stream()
                .map(m -> m.participants().stream().map(Actor::name).collect(Collectors.toCollection(TreeSet::new)))
                .map(s -> (Set<String>) s).toList();
    }

    private static void expect(String body, String... parties) {
        assertEquals(List.of(new TreeSet<>(List.of(parties))), sets(body), body);
    }

    @Test void spokeOnThePhoneWith() {
        expect("President Ivan Petrov spoke on the phone with Chancellor Anna Weiss on Tuesday.", "Ivan Petrov", "Anna Weiss");
    }
    @Test void talkedOverThePhone() {
        expect("Prime Minister Tomas Novak talked over the phone with President Kemal Aydin.", "Tomas Novak", "Kemal Aydin");
    }
    @Test void consultedWith() {
        expect("Foreign Minister Paul Durand consulted with his counterpart Jan Kowalski in Warsaw.", "Paul Durand", "Jan Kowalski");
    }
    @Test void negotiatedWith() {
        expect("Trade Minister Paul Durand negotiated with Minister Jan Kowalski for six hours on Monday.", "Paul Durand", "Jan Kowalski");
    }
    @Test void alsoAttendedBy() {
        expect("President Ivan Petrov held talks with Chancellor Anna Weiss in Vienna. The talks were also attended by Foreign Minister Paul Durand.",
                "Ivan Petrov", "Anna Weiss", "Paul Durand");
    }
    @Test void delegationIncluded() {
        expect("President Ivan Petrov met Chancellor Anna Weiss in Vienna. Petrov's delegation included Foreign Minister Paul Durand.",
                "Ivan Petrov", "Anna Weiss", "Paul Durand");
    }
    @Test void counterpartNamedLater() {
        expect("Foreign Minister Paul Durand met his Japanese counterpart in Tokyo on Monday. \"We agreed on trade,\" Japanese Foreign Minister Kenji Sato said.",
                "Paul Durand", "Kenji Sato");
    }
    @Test void pluralTitleForPeopleNamedElsewhere() {
        expect("The council held closed talks with the Norwegian and Chilean ambassadors on Monday. "
                + "Norwegian ambassador Paul Durand said the talks were useful. "
                + "Chilean envoy Jan Kowalski said nothing had changed.", "Paul Durand", "Jan Kowalski");
    }
    @Test void pluralTitleNeedsThatTitle() {
        expect("Minister Anna Weiss held talks with the Norwegian and Chilean ambassadors on Monday. "
                + "Norwegian President Ivan Petrov said the talks were useful. "
                + "Chilean envoy Jan Kowalski said nothing had changed.", "Anna Weiss", "Jan Kowalski");
    }
    @Test void honorificIsNoParty() {
        expect("H.E. President Ivan Petrov received Ambassador Jan Kowalski at State House.", "Ivan Petrov", "Jan Kowalski");
    }
    @Test void pluralTitleAloneIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski; the foreign secretaries of both countries also met.", "Paul Durand", "Jan Kowalski");
    }
    @Test void multiWordPlaceIsNoParty() {
        expect("President Ivan Petrov met Chancellor Anna Weiss in Port Moresby on Friday.", "Ivan Petrov", "Anna Weiss");
    }
    @Test void bodyNameWordIsNoParty() {
        expect("Minister Paul Durand met President Ivan Petrov at the Shanghai Cooperation Organisation summit.", "Paul Durand", "Ivan Petrov");
    }
    @Test void reporterIsNoParty() {
        expect("Ministry spokesperson Maria Lopez told reporters that Minister Paul Durand met Minister Jan Kowalski.", "Paul Durand", "Jan Kowalski");
    }
    @Test void outletIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski, Reuters reported.", "Paul Durand", "Jan Kowalski");
    }
    @Test void theyMetAfterNames() {
        expect("Minister Paul Durand arrived in Warsaw, where Minister Jan Kowalski greeted him. They met again on Tuesday for talks on trade.",
                "Paul Durand", "Jan Kowalski");
    }
    @Test void couldMeetIsNone() {
        assertEquals(List.of(), sets("Minister Paul Durand could meet Minister Jan Kowalski if the talks on trade succeed."));
    }
    @Test void postponedIsNone() {
        assertEquals(List.of(), sets("The meeting between Minister Paul Durand and Minister Jan Kowalski was postponed indefinitely."));
    }
    @Test void visitToCountryMeetsHost() {
        expect("President Ivan Petrov of Ruritania is on a state visit to Kenya. Kenyan President William Ruto hosted a state banquet.",
                "Ivan Petrov", "William Ruto");
    }
    @Test void heldConsultations() {
        expect("Deputy Foreign Minister Paul Durand held consultations with Deputy Minister Jan Kowalski in Geneva.", "Paul Durand", "Jan Kowalski");
    }
    @Test void passiveWasReceivedBy() {
        expect("Ambassador Jan Kowalski was received by President Ivan Petrov on Monday.", "Ivan Petrov", "Jan Kowalski");
    }
    @Test void aPersonInARelativeClauseIsNoParty() {
        expect("Minister Paul Durand, who succeeded Olaf Brandt last year, met Minister Jan Kowalski in Warsaw.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aPersonWhoseProposalIsDiscussedIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski to discuss President Ivan Petrov's peace plan.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aPersonAfterThankedIsNoPartyOfTheMeeting() {
        expect("Minister Paul Durand met Minister Jan Kowalski and conveyed the greetings of President Ivan Petrov.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aPersonNamedInTheAboutClauseIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski on Monday, days after Chancellor Anna Weiss resigned.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aVenueNamedForAPersonIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski at the Jomo Kenyatta International Airport.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aPredecessorIsNoParty() {
        expect("Minister Paul Durand met President Ivan Petrov, the successor of Kemal Aydin, in Ankara.", "Paul Durand", "Ivan Petrov");
    }
    @Test void aPersonAccordingToIsNoParty() {
        expect("According to spokesman Omar Haddad, Minister Paul Durand met Minister Jan Kowalski on Monday.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aPersonAfterSemicolonIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski; President Ivan Petrov stayed in the capital.", "Paul Durand", "Jan Kowalski");
    }
    @Test void metReportersIsNoMeeting() {
        assertEquals(List.of(), sets("President Ivan Petrov met reporters in Vienna after Chancellor Anna Weiss left."));
    }
    @Test void aSpokespersonAfterTheMeetingIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski on Monday, spokesman Omar Haddad told the press.", "Paul Durand", "Jan Kowalski");
    }
    @Test void anEarlierHolderIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski, whose predecessor Olaf Brandt had opposed the deal.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aPersonAfterAndAnotherVerbIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski and later called President Ivan Petrov's office.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aMeetingAskedAboutIsNone() {
        assertEquals(List.of(), sets("Will Minister Paul Durand meet Minister Jan Kowalski before the vote?"));
    }
    @Test void wouldMeetIsNone() {
        assertEquals(List.of(), sets("Minister Paul Durand said he would meet Minister Jan Kowalski only if the blockade ended."));
    }
    @Test void aNameInTheMeetingPurposeIsNoParty() {
        expect("Minister Paul Durand met Minister Jan Kowalski to discuss the release of journalist Olaf Brandt.", "Paul Durand", "Jan Kowalski");
    }
    @Test void aNameInThePresenceOfIsAParty() {
        expect("The meeting began on Monday in the presence of Foreign Minister Paul Durand and Foreign Minister Jan Kowalski.",
                "Paul Durand", "Jan Kowalski");
    }
    @Test void aNameAfterANonPartyPrepositionStaysOut() {
        expect("Minister Paul Durand met Minister Jan Kowalski in the office of President Ivan Petrov.", "Paul Durand", "Jan Kowalski");
    }
    @Test void heldADialogueIsAMeetingOfItsOwn() {
        assertEquals(List.of(Set.of("Paul Durand", "Jan Kowalski"), Set.of("Paul Durand", "Ivan Petrov", "Anna Weiss")),
                sets("Minister Paul Durand met with Minister Jan Kowalski and then held a dialogue with President Ivan Petrov and Chancellor Anna Weiss."));
    }
    @Test void twoTriggersOfOneSentenceWithTheSamePartiesAreOneMeeting() {
        expect("Minister Paul Durand said he had discussed the upcoming meeting with Minister Jan Kowalski during a phone call on Monday.",
                "Paul Durand", "Jan Kowalski");
    }
    @Test void theFirstLeaderToVisitIsAVisitThatHappened() {
        List<Meeting> ms = Texts.extract("Ruritanian President Ivan Petrov was the first foreign leader to visit Kenya this year.").meetings();
        assertEquals(1, ms.size());
        assertEquals(io.parley.model.MeetingStatus.HELD, ms.get(0).status());
    }
    @Test void toVisitWithoutAnOrdinalIsPlanned() {
        List<Meeting> ms = Texts.extract("Ruritanian President Ivan Petrov is going to visit Kenya in the spring.").meetings();
        assertEquals(1, ms.size());
        assertEquals(io.parley.model.MeetingStatus.PLANNED, ms.get(0).status());
    }
    @Test void aTitleWordBetweenTwoWordsOfANameIsPartOfTheName() {
        expect("The President of Somalia, Abdi Sheikh Warsame, held a phone call with Kenyan President Daniel Mwangi.",
                "Abdi Sheikh Warsame", "Daniel Mwangi");
    }
    @Test void aTitleWordBeforeANameStaysATitle() {
        expect("Prime Minister Tomas Novak held talks with Emir Sheikh Khalid Al Mansour in Doha.", "Tomas Novak", "Khalid Al Mansour");
    }
    @Test void nextWeekInAnotherClauseLeavesTheMeetingHeld() {
        List<Meeting> ms = Texts.extract("Minister Paul Durand met Minister Jan Kowalski on Monday, before the summit opens next week.").meetings();
        assertEquals(1, ms.size());
        assertEquals(io.parley.model.MeetingStatus.HELD, ms.get(0).status());
    }
    @Test void nextWeekInTheTriggersClauseMakesItPlanned() {
        List<Meeting> ms = Texts.extract("Minister Paul Durand meets Minister Jan Kowalski next week in Warsaw.").meetings();
        assertEquals(1, ms.size());
        assertEquals(io.parley.model.MeetingStatus.PLANNED, ms.get(0).status());
    }
    @Test void aPassiveAgreedTellsNoMeeting() {
        assertEquals(List.of(), sets("The declaration set out what had been agreed upon by Minister Paul Durand and Minister Jan Kowalski."));
    }
    @Test void twoLeadersWhoAgreedMet() {
        expect("Minister Paul Durand and Minister Jan Kowalski agreed on a new trade deal in Warsaw.", "Paul Durand", "Jan Kowalski");
    }
}
