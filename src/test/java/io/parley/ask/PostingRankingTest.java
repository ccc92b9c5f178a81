package io.parley.ask;

import static io.parley.testing.Facts.ARAGHCHI;
import static io.parley.testing.Facts.LAVROV;
import static io.parley.testing.Facts.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.model.Statement;
import io.parley.model.StatementKind;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A free-word question ranked from the postings (issue 12) gives the answer that ranking the statements' documents
 * gives, on a store whose postings predate the ranking data, while reading only the statements it shows: words, a
 * country word, speakers of a country, a date range, a topic with more words (its bonus), undated articles and a
 * statement found only by its reported content.
 */
class PostingRankingTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2025-11-27T12:00:00Z"), ZoneOffset.UTC);
    private static final Actor ENVOY = new Actor("Marta Koval", "envoy", null);
    private static final Actor[] SPEAKERS = {LAVROV, ARAGHCHI, WANG, ENVOY};
    private static final String[] SENTENCES = {
        "%s said the gas pipeline talks would resume next week.",
        "%s said gas flows through the pipeline, and the pipeline's second branch, were secure despite the sanctions.",
        "%s said that Iranian gas exports to Europe, long discussed, would depend on a pipeline that had yet to be "
                + "financed, built and insured against sanctions, and on prices nobody could predict.",
        "%s said Russian grain exports had doubled since the spring.",
        "%s said the sanctions on Iranian banks hurt ordinary people.",
    };

    private final InMemoryStore ranked = new InMemoryStore();
    private final InMemoryStore documents = InMemoryStore.withPostingsWithoutRanking();

    PostingRankingTest() {
        for (int n = 0; n < 60; n++) {
            LocalDate published = n % 13 == 7 ? null : LocalDate.of(2025, 1, 1).plusDays(5L * n);
            Actor speaker = SPEAKERS[n % SPEAKERS.length];
            String sentence = String.format(SENTENCES[(n * 7) % SENTENCES.length], speaker.name());
            String aside = speaker.name() + " said it would be finished by the winter.";
            String untagged = speaker.name() + " said energy ministers would inspect the pipeline in " + (n % 3 + 1) + " weeks.";
            Article a = Facts.article("a" + n, published, "Energy talks\n\nMOSCOW — " + sentence + " " + aside + " "
                    + untagged + "\n");
            List<Statement> statements = new ArrayList<>(List.of(Facts.statement(a, sentence, speaker, "energy")));
            statements.add(new Statement(speaker, StatementKind.INDIRECT, "said", null, "the gas pipeline would be finished",
                    List.of(), Facts.span(a, aside), "fixture", null));
            if (n % 4 == 1) {
                statements.add(new Statement(speaker, StatementKind.INDIRECT, "said", null, null, List.of(),
                        Facts.span(a, untagged), "fixture", null));
            }
            for (InMemoryStore store : List.of(ranked, documents)) {
                store.saveNew(StoredArticle.received(a, "test", TODAY.instant()));
                store.saveExtraction(a.info().id(), new Extraction(a.info(), List.of(), statements, "s"), "test");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"What was said about the gas pipeline?", "What was said about pipeline sanctions?",
            "What was said about Iranian gas?", "What did Russian officials say about exports?",
            "What was said about sanctions in March 2025?", "What was said about grain?", "What was said about banks?",
            "What was said about the pipeline's second branch?", "What was said about tariffs?",
            "What was said about energy and the pipeline?", "What did Iranian officials say about energy and gas?",
            "What was said about energy and the pipeline in March 2025?"})
    void rankingFromPostingsAnswersAsRankingTheDocuments(String question) {
        Answer fromPostings = new AskService(ranked, TODAY).ask(question);
        Answer fromDocuments = new AskService(documents, TODAY).ask(question);

        assertEquals(fromDocuments.answer(), fromPostings.answer());
        assertEquals(fromDocuments.results(), fromPostings.results());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What was said about the gas pipeline?", "What was said about the pipeline?",
            "What was said about energy and the pipeline?"})
    void onlyTheStatementsShownAreRead(String question) {
        Answer answer = new AskService(ranked, TODAY).ask(question);
        new AskService(documents, TODAY).ask(question);

        assertEquals(10, answer.results().size(), answer.answer());
        assertTrue(ranked.statementsRead() <= 20, "read " + ranked.statementsRead());
        assertTrue(documents.statementsRead() > 20, "read " + documents.statementsRead());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What was said about the gas pipeline?"})
    void aStatementFoundOnlyByItsReportedContentIsNotCounted(String question) {
        Answer answer = new AskService(ranked, TODAY).ask(question);

        assertFalse(answer.results().stream().anyMatch(r -> evidence(r).contains("finished by the winter")), answer.results().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What was said about energy and the pipeline in March 2025?"})
    void aStatementWithTheAskedTopicRanksAboveOneThatOnlyHasItsWords(String question) {
        List<Map<String, Object>> results = new AskService(ranked, TODAY).ask(question).results();

        assertTrue(results.stream().anyMatch(r -> evidence(r).contains("inspect")), results.toString());
        int lastTagged = 0;
        for (int i = 0; i < results.size(); i++) {
            if (!evidence(results.get(i)).contains("inspect")) {
                lastTagged = i;
            }
        }
        assertTrue(results.stream().skip(lastTagged + 1L).allMatch(r -> evidence(r).contains("inspect")), results.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"What was said about energy?", "What was said about energy in March 2025?"})
    void aQuestionAboutATopicAloneRanksTheTopicsStatementsFromThePostings(String question) {
        Answer fromPostings = new AskService(ranked, TODAY).ask(question);
        Answer fromDocuments = new AskService(documents, TODAY).ask(question);

        assertEquals(fromDocuments.results(), fromPostings.results());
        assertFalse(fromPostings.results().isEmpty(), fromPostings.answer());
        assertTrue(fromPostings.results().stream().noneMatch(r -> evidence(r).contains("inspect")),
                "a statement with the topic's word but not the topic is not about it: " + fromPostings.results());
        assertTrue(ranked.statementsRead() <= 20, "read " + ranked.statementsRead());
        assertEquals(0, ranked.statementsListed(), "the topic's statements are not listed");
    }

    @SuppressWarnings("unchecked")
    private static String evidence(Map<String, Object> result) {
        return String.valueOf(((Map<String, Object>) result.get("evidence")).get("text"));
    }
}
