package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.api.ApiRequest;
import io.parley.api.ApiResponse;
import io.parley.json.Json;
import io.parley.model.ActorProfile;
import io.parley.model.TitleSpan;
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
import org.junit.jupiter.api.Test;

/**
 * Issue 13, titles follow time: a foreign minister who becomes prime minister keeps both titles with the dates
 * the articles give them, and the current one is the title seen last. Articles written for the test under
 * {@code actors/titles/}.
 */
class TitlesOverTimeTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 10);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 3);
    private static final LocalDate JUN = LocalDate.of(2026, 6, 16);
    private static final List<Map.Entry<String, LocalDate>> ARTICLES = List.of(
            Map.entry("/actors/titles/minister-in-lisbon.txt", FEB),
            Map.entry("/actors/titles/minister-in-warsaw.txt", MAR),
            Map.entry("/actors/titles/premier-in-helsinki.txt", JUN));

    @Test
    void aMinisterWhoBecomesPrimeMinisterKeepsBothTitlesWithTheirDates() {
        ActorProfile tamm = tamm(read(ARTICLES));

        assertEquals(List.of(new TitleSpan("Foreign Minister", FEB, MAR), new TitleSpan("Prime Minister", JUN, JUN)),
                tamm.titles());
        assertEquals("Prime Minister", tamm.title());
    }

    @Test
    void theHistoryIsTheSameWhateverOrderTheArticlesArriveIn() {
        ActorProfile expected = tamm(read(ARTICLES));
        for (long seed = 1; seed <= 3; seed++) {
            List<Map.Entry<String, LocalDate>> shuffled = new ArrayList<>(ARTICLES);
            Collections.shuffle(shuffled, new Random(seed));
            assertEquals(expected.titles(), tamm(read(shuffled)).titles(), "seed " + seed);
            assertEquals("Prime Minister", tamm(read(shuffled)).title());
        }
    }

    @Test
    void beforeThePromotionIsReportedTheCurrentTitleIsForeignMinister() {
        ActorProfile tamm = tamm(read(ARTICLES.subList(0, 2)));

        assertEquals("Foreign Minister", tamm.title());
        assertEquals(1, tamm.titles().size());
    }

    @Test
    void theApiActorItemShowsTheCurrentTitleAndTheHistory() {
        Newsroom room = read(ARTICLES);
        String id = tamm(room).id();

        ApiResponse response = room.parley().api().handle(new ApiRequest("GET", "/actors/" + id + "/timeline", Map.of(), null));

        Map<?, ?> actor = (Map<?, ?>) Json.read(response.json(), Map.class).get("actor");
        assertEquals("Prime Minister", actor.get("title"));
        assertEquals(List.of(Map.of("title", "Foreign Minister", "firstSeen", "2026-02-10", "lastSeen", "2026-03-03"),
                Map.of("title", "Prime Minister", "firstSeen", "2026-06-16", "lastSeen", "2026-06-16")), actor.get("titles"));
    }

    private static Newsroom read(List<Map.Entry<String, LocalDate>> articles) {
        Newsroom room = new Newsroom(TODAY);
        articles.forEach(a -> room.read(a.getKey(), a.getValue()));
        return room;
    }

    private static ActorProfile tamm(Newsroom room) {
        List<ActorProfile> found = room.store().actors("Kadri Tamm");
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
