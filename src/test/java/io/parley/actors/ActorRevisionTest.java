package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The pure decision of a revision: which profiles join or split, which mentions move, which ids survive. */
class ActorRevisionTest {

    private static final Actor BARE_MINISTER = new Actor("Lavrov", "Foreign Minister", null);
    private static final Actor ALEXANDER = new Actor("Alexander Lavrov", "Energy Minister", "Kazakhstan");
    private static final Actor SERGEI = new Actor("Sergei Lavrov", "Foreign Minister", "Russia");

    @Test
    void aBareSurnameGoesToTheNamesakeWhoseTitleItGivesAndTheFullNamesKeepTheirIds() {
        List<Mention> mentions = List.of(
                mention("a1", 2, BARE_MINISTER, Set.of("hakan-demir"), "lavrov"),
                mention("a2", 5, ALEXANDER, Set.of("alexander-lavrov", "timur-rakhimov"), "lavrov"),
                mention("a3", 9, SERGEI, Set.of("sergei-lavrov", "hakan-demir"), "sergei-lavrov"));

        Revision r = ActorRevision.decide(stored(mentions), mentions, id -> true);

        assertEquals(List.of("a1 -> sergei-lavrov"), moves(r));
        assertEquals(Map.of(), r.redirects());
        ActorProfile alexander = written(r, "lavrov");
        assertEquals("Alexander Lavrov", alexander.name());
        assertEquals(List.of("Alexander Lavrov"), alexander.aliases());
        assertEquals(List.of("Lavrov", "Sergei Lavrov"), written(r, "sergei-lavrov").aliases());
    }

    @Test
    void aBareProfileKnownByWhomItMetJoinsThatPersonAndIsLeftAsARedirect() {
        List<Mention> mentions = List.of(
                mention("o1", 1, new Actor("Samuel Okafor", "President", "Nigeria"), Set.of("samuel-okafor", "helga-brandt"), "samuel-okafor"),
                mention("o2", 3, new Actor("Grace Okafor", "Finance Minister", "Nigeria"), Set.of("grace-okafor", "kwame-mensah"), "grace-okafor"),
                mention("o3", 10, new Actor("Okafor", null, null), Set.of("helga-brandt"), "okafor"));

        Revision r = ActorRevision.decide(stored(mentions), mentions, id -> true);

        assertEquals(List.of("o3 -> samuel-okafor"), moves(r));
        assertEquals(Map.of("okafor", "samuel-okafor"), r.redirects());
    }

    @Test
    void withoutContextABareSurnameSharedByTwoPeopleStaysOnItsOwn() {
        List<Mention> mentions = List.of(
                mention("o1", 1, new Actor("Samuel Okafor", "President", "Nigeria"), Set.of("samuel-okafor"), "samuel-okafor"),
                mention("o2", 3, new Actor("Grace Okafor", "Finance Minister", "Nigeria"), Set.of("grace-okafor"), "grace-okafor"),
                mention("o3", 10, new Actor("Okafor", null, null), Set.of("helga-brandt"), "okafor"));

        Revision r = ActorRevision.decide(stored(mentions), mentions, id -> true);

        assertEquals(List.of(), r.moves());
        assertEquals(Map.of(), r.redirects());
    }

    @Test
    void aSplitOffPersonGetsAnIdNoProfileOrRedirectHasHad() {
        // everything was filed under one profile; Sergei, who holds most of it, keeps the id
        List<Mention> mentions = List.of(
                mention("a1", 2, BARE_MINISTER, Set.of("hakan-demir"), "lavrov"),
                mention("a2", 5, ALEXANDER, Set.of("alexander-lavrov"), "lavrov"),
                mention("a3", 9, SERGEI, Set.of("sergei-lavrov", "hakan-demir"), "lavrov"));

        Revision r = ActorRevision.decide(stored(mentions), mentions, Set.of("lavrov", "alexander-lavrov")::contains);

        assertEquals(List.of("a2 -> alexander-lavrov-2"), moves(r));
        assertEquals("Alexander Lavrov", written(r, "alexander-lavrov-2").name());
        assertEquals("Sergei Lavrov", written(r, "lavrov").name());
    }

    @Test
    void theDecisionIsTheSameWhateverOrderTheMentionsAreReadInAndNothingIsLeftOnceApplied() {
        List<Mention> mentions = List.of(
                mention("a1", 2, BARE_MINISTER, Set.of("hakan-demir"), "lavrov"),
                mention("a2", 5, ALEXANDER, Set.of("alexander-lavrov"), "lavrov"),
                mention("a3", 9, SERGEI, Set.of("sergei-lavrov", "hakan-demir"), "sergei-lavrov"),
                mention("a4", 11, new Actor("Sergey Lavrov", null, "Russia"), Set.of("sergey-lavrov"), "sergei-lavrov"),
                mention("a5", 12, new Actor("Lavrov", null, "Kazakhstan"), Set.of(), "sergei-lavrov"),
                mention("a6", 14, new Actor("S. Lavrov", "Foreign Minister", null), Set.of(), "lavrov"));
        List<ActorProfile> group = stored(mentions);
        Revision expected = ActorRevision.decide(group, mentions, id -> true);
        for (long seed = 1; seed <= 20; seed++) {
            List<Mention> shuffled = new ArrayList<>(mentions);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected, ActorRevision.decide(group, shuffled, id -> true), "seed " + seed);
        }
        assertEquals(List.of("a1 -> sergei-lavrov", "a5 -> lavrov", "a6 -> sergei-lavrov"), moves(expected));

        List<Mention> applied = apply(mentions, expected);
        List<ActorProfile> written = new ArrayList<>(expected.profiles());
        assertTrue(ActorRevision.decide(written, applied, id -> true).isEmpty());
    }

    private static Mention mention(String article, int day, Actor actor, Set<String> names, String id) {
        Set<String> countries = actor.country() == null ? Set.of() : Set.of(actor.country());
        return new Mention(article, actor, actor, new MentionContext(countries, names, LocalDate.of(2026, 3, day)), id);
    }

    /** A stored profile per id the mentions are filed under (its content does not matter to the decision). */
    private static List<ActorProfile> stored(List<Mention> mentions) {
        Map<String, ActorProfile> out = new TreeMap<>();
        mentions.forEach(m -> out.putIfAbsent(m.id(), new ActorProfile(m.id(), m.filed().name(), null, null, List.of(m.filed().name()))));
        return List.copyOf(out.values());
    }

    private static List<Mention> apply(List<Mention> mentions, Revision r) {
        Map<Mention, String> to = r.moves().stream().collect(Collectors.toMap(Revision.Move::mention, Revision.Move::to));
        return mentions.stream().map(m -> new Mention(m.articleId(), m.filed(), m.evidenced(), m.context(), to.getOrDefault(m, m.id())))
                .toList();
    }

    private static List<String> moves(Revision r) {
        return r.moves().stream().map(m -> m.mention().articleId() + " -> " + m.to()).collect(Collectors.toCollection(TreeSet::new))
                .stream().toList();
    }

    private static ActorProfile written(Revision r, String id) {
        return r.profiles().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id + " not written: " + r));
    }
}
