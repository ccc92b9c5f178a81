package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule {@code list:countries} ({@link CountryLists}, with {@code doc:country-leader}): a trigger before a list
 * of countries meets each country on its own, in the person of its leader when the article names one.
 */
class CountryListsTest {

    private static List<Meeting> meetings(String body) {
        return Texts.extract(body).meetings();
    }

    /** Each meeting as "party+party/STATUS/rule", parties in the extractor's order. */
    private static List<String> described(String body) {
        return meetings(body).stream()
                .map(m -> String.join("+", m.participants().stream().map(Actor::name).toList())
                        + "/" + m.status() + "/" + m.rule())
                .toList();
    }

    @Test void aFutureTourOfThreeCountriesIsThreePlannedMeetings() {
        assertEquals(List.of(
                        "Ivan Petrov+Kenya/PLANNED/trigger:tour+list:countries",
                        "Ivan Petrov+Uganda/PLANNED/trigger:tour+list:countries",
                        "Ivan Petrov+Tanzania/PLANNED/trigger:tour+list:countries"),
                described("Ruritanian President Ivan Petrov will tour Kenya, Uganda and Tanzania in March."));
    }

    @Test void aPastTourOfThreeCountriesIsThreeHeldMeetings() {
        assertEquals(List.of(
                        "Ivan Petrov+Kenya/HELD/trigger:tour+list:countries",
                        "Ivan Petrov+Uganda/HELD/trigger:tour+list:countries",
                        "Ivan Petrov+Tanzania/HELD/trigger:tour+list:countries"),
                described("Ruritanian President Ivan Petrov ended a tour of Kenya, Uganda and Tanzania on Sunday."));
    }

    @Test void aTourThatWillTakeThemToCountriesIsPlanned() {
        List<Meeting> ms = meetings("Envoy Paul Durand is on a regional tour that will take him to Chile, Peru and Bolivia.");
        assertEquals(3, ms.size());
        ms.forEach(m -> assertEquals(MeetingStatus.PLANNED, m.status(), m.toString()));
    }

    @Test void aTripToARegionThatWillTakeHimToCountriesListsTheCountries() {
        List<Meeting> ms = meetings("Minister Paul Durand will make a trip to South America, starting Monday, "
                + "that will take him to Chile, Peru and Bolivia.");
        assertEquals(List.of("Chile", "Peru", "Bolivia"),
                ms.stream().map(m -> m.participants().get(1).name()).toList());
        ms.forEach(m -> assertEquals(MeetingStatus.PLANNED, m.status(), m.toString()));
    }

    @Test void aListedCountryWhoseLeaderTheArticleNamesMeetsTheLeader() {
        assertEquals(List.of(
                        "Paul Durand+William Ruto/HELD/trigger:called+list:countries+doc:country-leader",
                        "Paul Durand+Uganda/HELD/trigger:called+list:countries"),
                described("Foreign Minister Paul Durand has called the leaders of Kenya and Uganda. "
                        + "Kenyan President William Ruto thanked him for the call."));
    }

    @Test void theBeforeACountryStaysInTheList() {
        assertEquals(3, meetings("Prime Minister Anna Weiss visited Belgium, the Netherlands and Luxembourg last week.").size());
    }

    @Test void aTripToOneCountryIsNoMeeting() {
        assertEquals(List.of(), meetings("Minister Paul Durand began a trip to Kenya on Monday."));
    }

    @Test void countriesAfterAnotherPrepositionPhraseAreNoList() {
        assertEquals(List.of(), described(
                "Minister Paul Durand went on a trip to discuss the crisis of Syria and Iraq with aid groups."));
    }

    @Test void countriesInAnotherClauseAreNoList() {
        assertEquals(List.of("Paul Durand+Kenya/HELD/trigger:visited"),
                described("Minister Paul Durand visited Kenya on Monday; trade with Chile and Peru fell."));
    }
}
