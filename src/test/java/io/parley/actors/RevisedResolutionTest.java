package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.ActorProfile;
import io.parley.model.MeetingEntry;
import io.parley.store.MeetingFilter;
import io.parley.store.PageRequest;
import io.parley.store.Timeline;
import io.parley.testing.Newsroom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, resolution revisited: when a later article brings the evidence that joins or splits profiles, the
 * facts move to the right profile, through the same "revise actors" job the queue runs, whatever order the
 * articles came in. Articles written for the test under {@code actors/revised/}: two Lavrovs (a bare "Foreign
 * Minister Lavrov", a Kazakh Alexander and a Russian Sergei), two Okafors and a bare "Okafor" known by whom he
 * called, and Zelensky spelled two ways.
 */
class RevisedResolutionTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String DIR = "/actors/revised/";
    private static final List<Map.Entry<String, LocalDate>> ARTICLES = List.of(
            Map.entry("lavrov-in-ankara.txt", LocalDate.of(2026, 3, 2)),
            Map.entry("alexander-lavrov-in-tashkent.txt", LocalDate.of(2026, 3, 5)),
            Map.entry("sergei-lavrov-in-moscow.txt", LocalDate.of(2026, 3, 9)),
            Map.entry("samuel-okafor-in-berlin.txt", LocalDate.of(2026, 4, 1)),
            Map.entry("grace-okafor-in-accra.txt", LocalDate.of(2026, 4, 3)),
            Map.entry("okafor-calls-brandt.txt", LocalDate.of(2026, 4, 10)),
            Map.entry("zelensky-in-warsaw.txt", LocalDate.of(2026, 5, 4)),
            Map.entry("zelenskyy-in-kyiv.txt", LocalDate.of(2026, 5, 12)));

    @Test
    void aBareSurnameFiledWithTheWrongNamesakeMovesWhenTheRightOneAppears() {
        // the bare "Foreign Minister Lavrov" first joins the Kazakh Alexander (the only Lavrov then known)
        Newsroom room = read(List.of(ARTICLES.get(0), ARTICLES.get(1)));
        assertEquals("Alexander Lavrov", profileOf(room, "lavrov-in-ankara", "Lavrov").name());

        read(room, List.of(ARTICLES.get(2)));

        ActorProfile sergei = profileOf(room, "lavrov-in-ankara", "Lavrov");
        assertEquals("Sergei Lavrov", sergei.name());
        assertEquals(sergei.id(), profileOf(room, "sergei-lavrov-in-moscow", "Sergei Lavrov").id());
        ActorProfile alexander = profileOf(room, "alexander-lavrov-in-tashkent", "Alexander Lavrov");
        assertNotEquals(sergei.id(), alexander.id());
        assertEquals(List.of("Energy Minister"), alexander.titles().stream().map(t -> t.title()).toList());
        assertEquals(List.of("Alexander Lavrov"), alexander.aliases());
        assertEquals(List.of("Foreign Minister"), sergei.titles().stream().map(t -> t.title()).toList());
        assertEquals(2, meetingsOf(room, sergei.id()).size());
        assertEquals(1, meetingsOf(room, alexander.id()).size());
    }

    @Test
    void aBareSurnameMadeItsOwnProfileJoinsThePersonItsArticleShowsAndLeavesARedirect() {
        // two Okafors are known when the bare "Okafor" calls Brandt: the resolver cannot tell, the revision can
        Newsroom room = read(ARTICLES.subList(3, 5));
        read(room, List.of(ARTICLES.get(5)));

        ActorProfile samuel = profileOf(room, "samuel-okafor-in-berlin", "Samuel Okafor");
        assertEquals(samuel.id(), profileOf(room, "okafor-calls-brandt", "Okafor").id());
        assertEquals(List.of("Okafor", "Samuel Okafor"), samuel.aliases());
        assertEquals(2, room.store().actors("Okafor").size(), room.store().actors("Okafor").toString());
        assertEquals(samuel, room.store().actor("okafor").orElseThrow(), "the bare profile's id answers its survivor");
        Timeline timeline = room.store().timeline("okafor").orElseThrow();
        assertEquals(2, timeline.meetings().size());
        assertEquals(2, room.store().meetings(new MeetingFilter("Samuel Okafor", null, null, null, null),
                PageRequest.first(10)).items().size());
    }

    @Test
    void twoSpellingsAreOneProfileNamedAfterTheEarliestArticleWhateverTheOrder() {
        for (List<Map.Entry<String, LocalDate>> order : List.of(ARTICLES.subList(6, 8), List.of(ARTICLES.get(7), ARTICLES.get(6)))) {
            Newsroom room = read(order);
            List<ActorProfile> found = room.store().actors("Zelenskyy");
            assertEquals(1, found.size(), found.toString());
            assertEquals("Volodymyr Zelensky", found.get(0).name());
            assertEquals(List.of("Volodymyr Zelensky", "Volodymyr Zelenskyy"), found.get(0).aliases());
            assertEquals(2, meetingsOf(room, found.get(0).id()).size());
            assertNotEquals(found.get(0).id(), profileOf(room, "zelensky-in-warsaw", "Marek Zielinski").id());
        }
    }

    @Test
    void theSameProfilesHoldTheSameFactsWhateverOrderTheArticlesArriveIn() {
        Set<String> expected = profiles(read(ARTICLES));
        assertEquals(11, expected.size(), String.join("\n", expected));
        List<List<Map.Entry<String, LocalDate>>> orders = new ArrayList<>();
        orders.add(reversed(ARTICLES));
        for (long seed = 1; seed <= 6; seed++) {
            List<Map.Entry<String, LocalDate>> shuffled = new ArrayList<>(ARTICLES);
            Collections.shuffle(shuffled, new Random(seed));
            orders.add(shuffled);
        }
        for (List<Map.Entry<String, LocalDate>> order : orders) {
            assertEquals(expected, profiles(read(order)), order.toString());
        }
    }

    @Test
    void ingestingOrExtractingEverythingAgainChangesNoProfileAndMovesNoFact() {
        Newsroom room = read(ARTICLES);
        Set<String> before = profilesWithIds(room);

        read(room, ARTICLES);
        assertEquals(before, profilesWithIds(room), "a second upload is a duplicate");
        room.reextractAll();
        assertEquals(profiles(read(ARTICLES)), profiles(room));
        for (String group : groups(room)) {
            assertTrue(room.parley().actorRevision().revise(group).nothing(), group);
        }
    }

    @Test
    void revisingAGroupTwiceChangesNothingTheSecondTime() {
        Newsroom room = read(ARTICLES);
        for (String group : groups(room)) {
            assertTrue(room.parley().actorRevision().revise(group).nothing(), group);
            assertTrue(room.parley().actorRevision().revise(group).nothing(), group);
        }
    }

    /** Every profile with what it holds, without its id (ids depend on which spelling came first). */
    private static Set<String> profiles(Newsroom room) {
        return room.store().allActors(PageRequest.first(100)).items().stream()
                .map(p -> p.name() + " | " + p.country() + " | " + p.aliases() + " | " + p.titles() + " | " + facts(room, p.id()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> profilesWithIds(Newsroom room) {
        return room.store().allActors(PageRequest.first(100)).items().stream().map(p -> p.id() + " " + p + " " + facts(room, p.id()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> groups(Newsroom room) {
        return room.store().allActors(PageRequest.first(100)).items().stream()
                .map(p -> NameForm.skeleton(NameForm.surname(p.name()))).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> facts(Newsroom room, String id) {
        Timeline t = room.store().timeline(id).orElseThrow();
        List<String> out = new ArrayList<>();
        t.meetings().forEach(m -> out.add(m.articleId() + ": " + m.meeting().evidence().text()));
        t.statements().forEach(s -> out.add(s.articleId() + ": " + s.statement().evidence().text()));
        Collections.sort(out);
        return out;
    }

    private static List<MeetingEntry> meetingsOf(Newsroom room, String id) {
        return room.store().timeline(id).orElseThrow().meetings();
    }

    /** The profile a participant of the article's one meeting is filed under. */
    private static ActorProfile profileOf(Newsroom room, String article, String name) {
        for (MeetingEntry entry : room.store().meetings(new MeetingFilter(null, null, null, null, null), PageRequest.first(100)).items()) {
            if (entry.articleId().contains(article)) {
                for (int i = 0; i < entry.meeting().participants().size(); i++) {
                    if (entry.meeting().participants().get(i).name().equals(name)) {
                        return room.store().actor(entry.participantIds().get(i)).orElseThrow();
                    }
                }
            }
        }
        throw new AssertionError(name + " is in no meeting of " + article);
    }

    private static Newsroom read(List<Map.Entry<String, LocalDate>> articles) {
        return read(new Newsroom(TODAY), articles);
    }

    private static Newsroom read(Newsroom room, List<Map.Entry<String, LocalDate>> articles) {
        articles.forEach(a -> room.read(DIR + a.getKey(), a.getValue()));
        return room;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        Collections.reverse(out);
        return out;
    }
}
