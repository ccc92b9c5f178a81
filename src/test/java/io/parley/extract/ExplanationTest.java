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
        assertEquals(List.of("meeting #0 [trigger:met] IN_PERSON HELD [Ana Ruiz, Karl Boden] in Madrid on 2025-11-17"),
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

    private static final String AT_MEETING = "Dutch and Kenyan ministers discuss grain corridor\n\n"
            + "NAIROBI, April 14 - Dutch Foreign Minister Pieter de Wit met Kenyan Foreign Minister Grace Wanjiru in "
            + "Nairobi on Monday.\n"
            + "After the talks, de Wit said the Netherlands would fund two new grain terminals at Mombasa.\n"
            + "After the talks, opposition lawmaker Joseph Otieno said the terminals would benefit foreign firms.\n"
            + "During the call, Wanjiru stressed that shipping costs had to fall.\n"
            + "\"We will decide after the talks,\" Wanjiru said on Sunday.\n"
            + "On Tuesday de Wit said that rail links had been discussed at the meeting.\n"
            + "Speaking after the talks with Fahmy, Wanjiru said Kenya would invite more partners.\n";

    private static Explanation explainAtMeeting(String text) {
        return EXTRACTOR.explain(new Article(new ArticleInfo("m", null, LocalDate.of(2026, 4, 14), null, null), text));
    }

    @Test
    void explainingStatementsAtMeetingsLeavesTheExtractionAsExtractGivesIt() {
        Article a = new Article(new ArticleInfo("m", null, LocalDate.of(2026, 4, 14), null, null), AT_MEETING);
        assertEquals(EXTRACTOR.extract(a), EXTRACTOR.explain(a).extraction());
    }

    @Test
    void aStatementSaidAtAMeetingNamesTheMeetingThePhraseAndTheRule() {
        Explanation e = explainAtMeeting(AT_MEETING);
        assertTrue(sentence(e, "NAIROBI").facts().get(0).startsWith("meeting #0 [trigger:met] IN_PERSON HELD"),
                sentence(e, "NAIROBI").facts().toString());
        SentenceTrace s = sentence(e, "After the talks, de Wit");
        assertEquals(List.of("statement [adjacent-subject] Pieter de Wit (INDIRECT, cue 'said') said at meeting #0 "
                + "(after the talks, at-meeting:told-before)"), s.facts());
        assertTrue(s.notes().isEmpty(), s.notes().toString());
    }

    @Test
    void aSpeakerWhoWasNotAtTheMeetingIsNotedAsSuch() {
        assertEquals(List.of("statement of Joseph Otieno at no meeting: 'after the talks' fits no meeting: the speaker "
                + "Joseph Otieno is at no held meeting of a kind it allows"),
                sentence(explainAtMeeting(AT_MEETING), "After the talks, opposition").notes());
    }

    @Test
    void aCallPhraseWithNoCallInTheArticleIsNotedAsTheWrongKind() {
        assertEquals(List.of("statement of Grace Wanjiru at no meeting: 'during the call' fits no meeting: no held "
                + "meeting is of a kind it allows [PHONE_CALL, VIDEO_CALL]"),
                sentence(explainAtMeeting(AT_MEETING), "During the call").notes());
    }

    @Test
    void aPhraseInsideTheQuoteOrInTheReportedClauseIsNotedAsPlacingNothing() {
        Explanation e = explainAtMeeting(AT_MEETING);
        assertEquals(List.of("statement of Grace Wanjiru at no meeting: 'after the talks' places nothing: it stands "
                + "inside quoted words"), sentence(e, "\"We will decide").notes());
        assertTrue(sentence(e, "On Tuesday").notes().contains("statement of Pieter de Wit at no meeting: 'at the "
                + "meeting' places nothing: it is not in the clause of the cue"), sentence(e, "On Tuesday").notes()
                .toString());
    }

    @Test
    void aPersonNamedWithThePhraseWhoIsAtNoMeetingOfTheSpeakerIsNoted() {
        SentenceTrace s = sentence(explainAtMeeting(AT_MEETING), "Speaking after");
        assertTrue(s.notes().contains("statement of Grace Wanjiru at no meeting: 'after the talks' fits no meeting: "
                + "no held meeting of the speaker's also has the people named with it [fahmy]"), s.notes().toString());
    }

    @Test
    void aPhraseInAnArticleWhoseOnlyMeetingIsPlannedIsNotedAsSuch() {
        Explanation e = explainAtMeeting("Portugal and Spain to hold water talks\n\n"
                + "LISBON, April 14 - Portuguese Foreign Minister Rui Costa will meet Spanish Foreign Minister "
                + "Ana Ruiz in Madrid on Friday to discuss river flows.\n"
                + "After the meeting, Costa said, he would travel to Seville.\n");
        assertTrue(sentence(e, "After the meeting").notes().contains("statement of Rui Costa at no meeting: 'after "
                + "the meeting' fits no meeting: no meeting of the article is held"),
                sentence(e, "After the meeting").notes().toString());
    }

    @Test
    void aPhraseInAnArticleThatTellsNoMeetingIsNotedAsSuch() {
        Explanation e = explainAtMeeting("Costa backs river deal\n\n"
                + "LISBON, April 14 - Portuguese Foreign Minister Rui Costa said on Monday that Portugal would sign a "
                + "new river treaty.\n"
                + "After the summit, Costa said Lisbon would press for more water from the Tagus.\n");
        assertTrue(e.extraction().meetings().isEmpty());
        assertTrue(sentence(e, "After the summit").notes().contains("statement of Rui Costa at no meeting: 'after the "
                + "summit' fits no meeting: the article tells no meeting"), sentence(e, "After the summit").notes()
                .toString());
    }

    @Test
    void headlineOnlyTextGivesAnEmptyTrace() {
        Article bare = new Article(new ArticleInfo("y", "Only a headline", null, null, null), "Only a headline");
        Explanation e = EXTRACTOR.explain(bare);
        assertTrue(e.sentences().isEmpty());
        assertTrue(e.extraction().meetings().isEmpty());
    }
}
