package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import java.util.List;
import org.junit.jupiter.api.Test;

class VisitsTest {

    private static List<Meeting> meetings(String body) {
        return Texts.extract(body).meetings();
    }

    private static List<String> names(Meeting m) {
        return m.participants().stream().map(Actor::name).toList();
    }

    @Test
    void anArrivalWithNoHostNamedMeetsTheCountry() {
        List<Meeting> ms = meetings("Trade Minister Ana Ruiz landed in the Mozambique port city of Beira on Sunday "
                + "for a working visit focused on fisheries.");
        assertEquals(1, ms.size());
        assertEquals(List.of("Ana Ruiz", "Mozambique"), names(ms.get(0)));
        assertEquals("doc:visit-country", ms.get(0).rule());
    }

    @Test
    void anArrivalInACountryWhoseOfficialIsNamedDoesNotMeetTheCountry() {
        assertEquals(List.of(), meetings("Trade Minister Ana Ruiz arrived in Mozambique on Monday on a two-day "
                + "visit. Mozambican Foreign Minister Joao Neves praised the growing trade."));
    }

    @Test
    void aVisitToTheHomeCountryIsNoMeeting() {
        assertEquals(List.of(), meetings("Kenyan Foreign Minister Daniel Mwangi arrived in Nairobi on Monday after "
                + "a visit abroad."));
    }

    @Test
    void theSameVisitToldAgainIsOneMeeting() {
        List<Meeting> ms = meetings("Trade Minister Ana Ruiz landed in Maputo on Sunday for a working visit. "
                + "Fisheries top the agenda of Ruiz's visit to Mozambique, officials said.");
        assertEquals(1, ms.size());
        assertEquals(List.of("Ana Ruiz", "Mozambique"), names(ms.get(0)));
    }

    @Test
    void aVisitorsVisitToACountryMeetsItsLeaderNamedNearby() {
        List<Meeting> ms = meetings("Japanese Prime Minister Kenji Sato said talks with the president went well. "
                + "He welcomed President Tom Baker's planned visit to Japan in the spring.");
        assertEquals(List.of("Tom Baker", "Kenji Sato"), names(ms.get(ms.size() - 1)));
        assertEquals("doc:visit-host", ms.get(ms.size() - 1).rule());
    }

    @Test
    void aCapitalAfterAVisitVerbIsAPlaceWhoseLeaderReceivesTheVisit() {
        List<Meeting> ms = meetings("Peruvian President Ana Ruiz thanked the donors on Monday. "
                + "Chancellor Tom Baker said he might visit Lima in June.");
        assertEquals(1, ms.size());
        assertEquals(List.of("Tom Baker", "Ana Ruiz"), names(ms.get(0)));
        assertEquals("doc:visit-host", ms.get(0).rule());
    }
}
