package io.parley.ask;

import static io.parley.testing.Facts.ARAGHCHI;
import static io.parley.testing.Facts.LAVROV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.model.Statement;
import io.parley.store.InMemoryStore;
import io.parley.store.StoredArticle;
import io.parley.testing.Facts;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Free-word questions (no speaker, no topic of the lexicon) answered through the free-word index (issue 12):
 * an old statement is found under more than 5,000 newer ones, which the earlier
 * ranking of the newest 5,000 statements never read.
 */
class FreeWordQuestionsTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final String DESALINATION = "Araghchi said the desalination plant on the Gulf coast would open next spring.";
    private static final String DESALINATION_TWICE = "Lavrov said desalination mattered and that a second desalination "
            + "plant was planned.";
    private static final String DRONES = "Lavrov said Iran had not supplied drones to anyone.";
    private static final String FILLER = "Lavrov said the talks on grain exports through the Black Sea went on.";

    private static AskService ask;

    @BeforeAll
    static void storeOneOldStoryUnderManyNewOnes() {
        InMemoryStore store = new InMemoryStore();
        Article old = Facts.article("old", LocalDate.of(2024, 3, 4), "Plant to open\n\nTEHRAN, March 4 — " + DESALINATION
                + " " + DESALINATION_TWICE + " " + DRONES + "\n");
        save(store, old, List.of(Facts.statement(old, DESALINATION, ARAGHCHI, "water"),
                Facts.statement(old, DESALINATION_TWICE, LAVROV, "water"), Facts.statement(old, DRONES, LAVROV, "arms")));
        for (int n = 0; n < 52; n++) {
            Article a = Facts.article("new" + n, LocalDate.of(2025, 10, 1).plusDays(n % 50), "Grain talks\n\n" + FILLER + "\n");
            List<Statement> many = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                many.add(Facts.statement(a, FILLER, LAVROV, "grain"));
            }
            save(store, a, many);
        }
        ask = new AskService(store, TODAY);
    }

    private static void save(InMemoryStore store, Article a, List<Statement> statements) {
        store.saveNew(StoredArticle.received(a, "test", TODAY.instant()));
        store.saveExtraction(a.info().id(), new Extraction(a.info(), List.of(), statements, "s"), "test");
    }

    @Test
    void findsAnOldStatementByItsWordsUnderMoreThanFiveThousandNewerOnes() {
        Answer a = ask.ask("What was said about the desalination plant?");

        assertEquals(List.of(DESALINATION_TWICE, DESALINATION), a.results().stream().map(FreeWordQuestionsTest::evidence).toList(),
                a.answer());
    }

    @Test
    void theStatementThatUsesTheWordMoreOftenRanksFirst() {
        Answer a = ask.ask("What was said about desalination?");

        assertEquals(DESALINATION_TWICE, evidence(a.results().get(0)));
        assertTrue((double) a.results().get(0).get("score") > (double) a.results().get(1).get("score"), a.results().toString());
    }

    @Test
    void aCountryWordMatchesItsNameOrDemonym() {
        Answer a = ask.ask("What was said about Iranian drones?");

        assertEquals(List.of(DRONES), a.results().stream().map(FreeWordQuestionsTest::evidence).toList(), a.answer());
    }

    @Test
    void wordsThatNoStatementHasTogetherGiveNothing() {
        Answer a = ask.ask("What was said about desalination drones?");

        assertEquals(List.of(), a.results(), a.answer());
    }

    @Test
    void aCommonWordStillRanksTheNewestMatches() {
        Answer a = ask.ask("What was said about grain exports?");

        assertEquals(10, a.results().size(), a.answer());
        a.results().forEach(r -> assertEquals(FILLER, evidence(r)));
        assertEquals("2025-11-19", a.results().get(0).get("published"));
    }

    @SuppressWarnings("unchecked")
    private static String evidence(Map<String, Object> result) {
        return String.valueOf(((Map<String, Object>) result.get("evidence")).get("text"));
    }
}
