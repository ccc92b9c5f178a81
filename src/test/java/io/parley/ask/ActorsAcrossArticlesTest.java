package io.parley.ask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.ActorProfile;
import io.parley.testing.Newsroom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: "Who did Trump speak with by phone?" answered that no meetings of "Donald J. Trump" were found, though
 * a Trump phone call was stored under another profile. Articles written for the test under {@code actors/}.
 */
class ActorsAcrossArticlesTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-04-10T12:00:00Z"), ZoneOffset.UTC);

    private static Newsroom newsroom() {
        return new Newsroom(TODAY)
                .read("/actors/call-bare-surname.txt", LocalDate.of(2026, 3, 3))
                .read("/actors/visit-full-name.txt", LocalDate.of(2026, 3, 5))
                .read("/actors/santoso-indonesia.txt", LocalDate.of(2026, 4, 7))
                .read("/actors/santoso-malaysia.txt", LocalDate.of(2026, 4, 8));
    }

    @Test
    void aBareSurnameAndTheFullNameAreOneActorForQuestions() {
        Newsroom room = newsroom();

        List<ActorProfile> trumps = room.store().actors("Trump");
        Answer byPhone = room.parley().ask().ask("Who did Trump speak with by phone?");
        Answer byFullName = room.parley().ask().ask("Who did Donald J. Trump speak with by phone?");

        assertEquals(1, trumps.size());
        assertEquals("Donald J. Trump", trumps.get(0).name());
        assertEquals(trumps.get(0).id(), byPhone.interpretation().participants().get(0).id());
        assertEquals(1, byPhone.results().size());
        assertTrue(byPhone.answer().contains("Lucia Ortega"), byPhone.answer());
        assertEquals(byPhone.results(), byFullName.results());
    }

    @Test
    void namesakesOfDifferentCountriesStayApartAndEachSpeaksForHimself() {
        Newsroom room = newsroom();

        List<ActorProfile> santosos = room.store().actors("Santoso");
        Answer budi = room.parley().ask().ask("What did Budi Santoso say?");

        assertEquals(List.of("Indonesia", "Malaysia"), santosos.stream().map(ActorProfile::country).sorted().toList());
        assertEquals(1, budi.results().size());
        assertEquals("Indonesia", ((Map<?, ?>) budi.results().get(0).get("speaker")).get("country"));
    }
}
