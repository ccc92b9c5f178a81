package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.extract.Explanation.SentenceTrace;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

    private static final Extractor EXTRACTOR = Extractor.create();

    private static final String TEXT = "Envoys confer in Madrid\n\n"
            + "Foreign Minister Ana Ruiz met Premier Karl Boden in Madrid on Monday. "
            + "Ruiz met reporters afterwards. "
            + "\"We will build the bridge together,\" Ruiz said. "
            + "Critics of the plan said it would cost too much.\n";

    private static final Article ARTICLE = new Article(new ArticleInfo("x", "Envoys confer in Madrid",
            LocalDate.of(2025, 11, 19), null, null), TEXT);

    private static SentenceTrace sentence(Explanation e, String start) {
        return e.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    @Test
    void explanationCarriesTheSameExtractionAsExtract() {
        assertEquals(EXTRACTOR.extract(ARTICLE), EXTRACTOR.explain(ARTICLE).extraction());
    }

    @Test
    void everySentenceIsTracedWithItsExactText() {
        Explanation e = EXTRACTOR.explain(ARTICLE);
        assertEquals(5, e.sentences().size());
        e.sentences().forEach(s -> assertEquals(TEXT.substring(s.start(), s.end()), s.text()));
    }

    @Test
    void factsNameTheirRule() {
        Explanation e = EXTRACTOR.explain(ARTICLE);
        assertEquals(List.of("meeting [trigger:met] IN_PERSON HELD [Ana Ruiz, Karl Boden] in Madrid on 2025-11-17"),
                sentence(e, "Foreign Minister").facts());
        assertTrue(sentence(e, "\"We will").facts().get(0).startsWith("statement [adjacent-subject] Ana Ruiz (DIRECT"),
                sentence(e, "\"We will").facts().toString());
    }

    @Test
    void triggerWithOnePartySaysSo() {
        assertEquals(List.of("trigger 'met' with 1 party [Ana Ruiz] and no meeting"),
                sentence(EXTRACTOR.explain(ARTICLE), "Ruiz met reporters").notes());
    }

    @Test
    void cueWithNoSpeakerSaysSo() {
        SentenceTrace s = sentence(EXTRACTOR.explain(ARTICLE), "Critics");
        assertEquals(List.of("'said' (speaker may follow)"), s.cues());
        assertEquals(List.of("cue 'said' but no speaker"), s.notes());
        assertTrue(s.facts().isEmpty());
    }

    @Test
    void mentionsPointToTheirEntity() {
        Explanation e = EXTRACTOR.explain(ARTICLE);
        int ruiz = e.entities().stream().filter(en -> en.name().equals("Ana Ruiz")).findFirst().orElseThrow().id();
        assertEquals(ruiz, sentence(e, "Ruiz met reporters").mentions().get(0).entity());
        assertEquals("Ruiz", sentence(e, "Ruiz met reporters").mentions().get(0).text());
    }

    @Test
    void headlineOnlyTextGivesAnEmptyTrace() {
        Article bare = new Article(new ArticleInfo("y", "Only a headline", null, null, null), "Only a headline");
        Explanation e = EXTRACTOR.explain(bare);
        assertTrue(e.sentences().isEmpty());
        assertTrue(e.extraction().meetings().isEmpty());
    }
}
