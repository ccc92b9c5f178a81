package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.parley.model.ActorProfile;
import io.parley.testing.Newsroom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, regression: a person's country is never taken from the other party of a meeting. In "Estonian Foreign
 * Minister X met the EU's foreign policy chief Y", Y is not Estonian. Article written for the test.
 */
class CountryOfTheOtherPartyTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-09-20T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void theEuChiefMetByAnEstonianMinisterIsNotEstonian() {
        Newsroom room = new Newsroom(TODAY).read("/actors/countries/eu-chief-in-tallinn.txt", LocalDate.of(2026, 9, 14));

        ActorProfile moreno = one(room, "Lucia Moreno");
        ActorProfile tamm = one(room, "Kadri Tamm");

        assertEquals("Estonia", tamm.country());
        assertNotEquals("Estonia", moreno.country(), moreno.toString());
        assertEquals(List.of(), room.store().actorsOfCountry("Estonia").stream()
                .filter(p -> p.id().equals(moreno.id())).toList());
    }

    private static ActorProfile one(Newsroom room, String name) {
        List<ActorProfile> found = room.store().actors(name);
        assertEquals(1, found.size(), name + ": " + found);
        return found.get(0);
    }
}
