package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorMatchTest {

    private static final ActorProfile LAVROV = new ActorProfile("sergey-lavrov", "Sergey Lavrov", "Foreign Minister",
            "Russia", List.of("Sergey Lavrov"));

    @Test
    void transliterationVariantsOfGivenNameAndSurnameMatch() {
        assertTrue(ActorMatch.compatible(LAVROV, new Actor("Sergei Lavrov", null, null)));
        assertEquals(NameForm.skeleton("Araghchi"), NameForm.skeleton("Araqchi"));
        assertEquals(NameForm.skeleton("Mohammad"), NameForm.skeleton("Muhammad"));
    }

    @Test
    void surnameAloneMatchesAndInitialMatchesGivenName() {
        assertTrue(ActorMatch.compatible(LAVROV, new Actor("Lavrov", "Foreign Minister", null)));
        assertTrue(ActorMatch.compatible(LAVROV, new Actor("S. Lavrov", null, "Russia")));
    }

    @Test
    void partOfAHyphenatedOrLongNameMatches() {
        ActorProfile beate = new ActorProfile("beate-meinl-reisinger", "Beate Meinl-Reisinger", null, "Austria",
                List.of("Beate Meinl-Reisinger"));
        assertTrue(ActorMatch.compatible(beate, new Actor("Meinl-Reisinger", null, null)));
        assertTrue(ActorMatch.answers(beate, "Meinl-Reisinger"));
    }

    @Test
    void differentCountryOrGivenNameKeepsNamesakesApart() {
        assertFalse(ActorMatch.compatible(LAVROV, new Actor("Sergey Lavrov", null, "Belarus")));
        assertFalse(ActorMatch.compatible(LAVROV, new Actor("Dmitry Lavrov", null, "Russia")));
    }

    @Test
    void aBareSurnameAliasDoesNotMakeEveryGivenNameCompatible() {
        ActorProfile budi = new ActorProfile("budi-santoso", "Budi Santoso", "Trade Minister", null, List.of("Budi Santoso", "Santoso"));
        assertFalse(ActorMatch.compatible(budi, new Actor("Ahmad Santoso", null, null)));
    }

    @Test
    void mergeKeepsTheFullestNameAndAddsTheSpelling() {
        ActorProfile bare = new ActorProfile("lavrov", "Lavrov", null, "Russia", List.of("Lavrov"));

        ActorProfile merged = ActorMatch.merge(bare, new Actor("Sergei Lavrov", "Foreign Minister", "Russia"));

        assertEquals("Sergei Lavrov", merged.name());
        assertEquals("Foreign Minister", merged.title());
        assertEquals(List.of("Lavrov", "Sergei Lavrov"), merged.aliases());
        assertEquals("lavrov", merged.id());
    }

    @Test
    void ambiguousBareSurnameJoinsNobody() {
        ActorProfile other = new ActorProfile("dmitry-lavrov", "Dmitry Lavrov", null, "Russia", List.of("Dmitry Lavrov"));
        assertEquals(Optional.empty(), ActorMatch.best(List.of(LAVROV, other), new Actor("Lavrov", null, "Russia"), MentionContext.NONE));
    }
}
