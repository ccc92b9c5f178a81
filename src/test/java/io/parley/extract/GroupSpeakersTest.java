package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Statement;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupSpeakersTest {

    private static final String MEETING = "President Ivan Petrov met President Luc Morel in Paris on Monday. ";

    private static Set<String> speakersOf(String body, String sentenceStart) {
        return Texts.extract(body).statements().stream().filter(s -> s.evidence().text().startsWith(sentenceStart))
                .map(s -> s.speaker().name()).collect(Collectors.toSet());
    }

    @Test
    void givesEachOfTheTwoLastNamedPeopleTheStatement() {
        String body = MEETING + "The two presidents said the talks had been useful.";
        assertEquals(Set.of("Ivan Petrov", "Luc Morel"), speakersOf(body, "The two"));
        assertEquals(List.of("group-subject", "group-subject"), Texts.extract(body).statements().stream()
                .filter(s -> s.evidence().text().startsWith("The two")).map(Statement::rule).toList());
    }

    @Test
    void readsHeadsOfStateAsTheTwoLeaders() {
        assertEquals(Set.of("Ivan Petrov", "Luc Morel"),
                speakersOf(MEETING + "The heads of state congratulated each other after the vote.", "The heads"));
    }

    @Test
    void prefersPeopleWhoseTitleFitsTheHead() {
        String body = "President Ivan Petrov met President Luc Morel. Envoy Paul Durand joined them later. "
                + "Both presidents welcomed the deal.";
        assertEquals(Set.of("Ivan Petrov", "Luc Morel"), speakersOf(body, "Both"));
    }

    @Test
    void leavesAGroupInsideSomeoneElsesClauseAlone() {
        String body = MEETING + "The talks were useful, Petrov said, adding that the two presidents welcomed the deal.";
        assertEquals(Set.of("Ivan Petrov"), speakersOf(body, "The talks"));
    }

    @Test
    void aShortAdverbialBeforeTheGroupKeepsItTheSubject() {
        assertEquals(Set.of("Ivan Petrov", "Luc Morel"),
                speakersOf(MEETING + "In a joint statement, the two presidents said the border would reopen.", "In a"));
    }

    @Test
    void groupThatSpokeAboutSomethingNamesAMeetingsTopicNotAStatement() {
        assertEquals(Set.of("Austrian Foreign Ministry"), speakersOf(MEETING + "The two presidents also spoke about "
                + "the floods, the Austrian Foreign Ministry said.", "The two"));
    }

    @Test
    void leadersOfListedCountriesSpeakAsTheirNamedLeaderOrTheCountry() {
        String body = "Russian President Ivan Petrov arrived on Monday. Doha: The leaders of Russia, Qatar and Egypt "
                + "on Thursday called for a ceasefire.";
        assertEquals(Set.of("Ivan Petrov", "Qatar", "Egypt"), speakersOf(body, "Doha"));
    }

    @Test
    void countriesWithoutAGroupHeadAreNoGroup() {
        assertEquals(Set.of(), speakersOf("Trade between Russia, Qatar and Egypt grew.", "Trade"));
    }

    @Test
    void itAfterAGroupsJointStatementIsEachMember() {
        String body = "The leaders of Ghana, Togo and Benin on Friday called for an end to the border dispute. "
                + "In a joint statement, the three governments asked both sides to return to talks. "
                + "“We stand ready to help at any time,” it said.";
        assertEquals(Set.of("Ghana", "Togo", "Benin"), speakersOf(body, "“We stand"));
        assertEquals(Set.of("document-of-group"), Texts.extract(body).statements().stream()
                .filter(s -> s.evidence().text().startsWith("“We stand")).map(Statement::rule)
                .collect(Collectors.toSet()));
    }

    @Test
    void theStatementWithNoIssuerAfterAGroupsLetterIsEachMember() {
        String body = "The leaders of Ghana and Togo on Friday called for calm. Their letter was sent to the council. "
                + "Trade must resume soon, the statement said.";
        assertEquals(Set.of("Ghana", "Togo"), speakersOf(body, "Trade must"));
    }

    @Test
    void itWithoutADocumentOfTheGroupIsNoGroup() {
        String body = "The leaders of Ghana and Togo on Friday called for calm. "
                + "“The border stays open,” it said.";
        assertEquals(Set.of(), speakersOf(body, "“The border"));
    }

    @Test
    void everyMemberOfAGroupGetsTheQuote() {
        List<String> quotes = Texts.extract(MEETING + "“We will meet again in spring,” the two presidents said.")
                .statements().stream().map(Statement::quote).toList();
        assertEquals(List.of("We will meet again in spring", "We will meet again in spring"), quotes);
    }
}
