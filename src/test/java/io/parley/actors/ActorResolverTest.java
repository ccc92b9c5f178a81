package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorResolverTest {

    private final MapDirectory directory = new MapDirectory();
    private final ActorResolver resolver = new ActorResolver(directory);

    private String resolve(String name, String title, String country) {
        return directory.keep(resolver.resolve(new Actor(name, title, country), MentionContext.NONE));
    }

    @Test
    void bareSurnameAndFullNameWithMiddleInitialLandOnOneProfile() {
        String bare = resolve("Trump", "President", null);
        String full = resolve("Donald J. Trump", "President", "United States");

        assertEquals(bare, full);
        assertEquals("Donald J. Trump", directory.profiles.get(bare).name());
    }

    @Test
    void aBareWordThatOnlySoundsLikeASurnameStaysApart() {
        String kerry = resolve("John Kerry", "Secretary of State", "United States");

        assertNotEquals(kerry, resolve("Korea", null, null));
    }

    @Test
    void reversedNameOrderIsTheSamePerson() {
        assertEquals(resolve("Fumio Kishida", "Prime Minister", "Japan"), resolve("Kishida Fumio", null, "Japan"));
        assertEquals(1, resolver.find("Kishida Fumio").size());
    }

    @Test
    void differentStatedSuffixesAreNamesakes() {
        assertNotEquals(resolve("Ken Griffey Sr.", null, null), resolve("Ken Griffey Jr.", null, null));
    }

    @Test
    void anAmbiguousBareSurnameIsResolvedByTheArticlesCountries() {
        String budi = resolve("Budi Santoso", "Trade Minister", "Indonesia");
        String ahmad = resolve("Ahmad Santoso", "Deputy Minister", "Malaysia");
        MentionContext indonesian = new MentionContext(Set.of("Indonesia"), Set.of());

        String bare = directory.keep(resolver.resolve(new Actor("Santoso", null, null), indonesian));

        assertEquals(budi, bare);
        assertNotEquals(ahmad, bare);
    }

    @Test
    void anAmbiguousBareSurnameIsResolvedByTheTitleOrAFullNameInTheArticle() {
        String budi = resolve("Budi Santoso", "Trade Minister", null);
        String ahmad = resolve("Ahmad Santoso", "Deputy Minister", null);

        assertEquals(ahmad, directory.keep(resolver.resolve(new Actor("Santoso", "Deputy Minister", null), MentionContext.NONE)));
        MentionContext namesBudi = new MentionContext(Set.of(), Set.of("budi-santoso"));
        assertEquals(budi, directory.keep(resolver.resolve(new Actor("Santoso", null, null), namesBudi)));
    }

    @Test
    void withoutContextAnAmbiguousBareSurnameBecomesItsOwnProfile() {
        String budi = resolve("Budi Santoso", null, null);
        String ahmad = resolve("Ahmad Santoso", null, null);

        String bare = resolve("Santoso", null, null);

        assertFalse(List.of(budi, ahmad).contains(bare));
    }

    @Test
    void aKnownSpellingChangesNothingSoTheStoreWritesNothing() {
        resolve("Sergey Lavrov", "Foreign Minister", "Russia");

        Resolution again = resolver.resolve(new Actor("Sergey Lavrov", "Foreign Minister", "Russia"), MentionContext.NONE);
        Resolution variant = resolver.resolve(new Actor("Sergei Lavrov", null, "Russia"), MentionContext.NONE);

        assertFalse(again.changed());
        assertTrue(variant.changed());
        assertEquals("sergey-lavrov", variant.profile().id());
    }
}
