package io.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.parley.json.Json;
import org.junit.jupiter.api.Test;

class GoldScorerTest {

    private static JsonNode json(String s) throws Exception {
        return Json.mapper().readTree(s.replace('\'', '"'));
    }

    private static String surname(String name) {
        return GoldScorer.surname(TextNode.valueOf(name));
    }

    @Test
    void surnameDropsSuffixesAndAccents() {
        assertEquals("baker", surname("James A. Baker III"));
        assertEquals("erdogan", surname("Recep Tayyip Erdoğan"));
    }

    @Test
    void surnameMergesTransliterationsOfTheLastName() {
        assertEquals(surname("Abbas Araghchi"), surname("Abbas Araqchi"));
        assertEquals("lavrov", surname("Sergei Lavrow"));
        assertEquals("han", surname("Imran Khan"));
        assertEquals("stefanopoulos", surname("George Stephanopoulos"));
        assertEquals("aragchi", surname("Araqchi"));
    }

    @Test
    void surnameDropsALeadingArabicArticle() {
        assertEquals("jubeir", surname("Adel al-Jubeir"));
        assertEquals(surname("Tamim bin Hamad Al Thani"), surname("Tamim bin Hamad Al-Thani"));
        assertEquals("sisi", surname("Abdel Fattah el-Sisi"));
        assertEquals("hag", surname("Zia ul-Haq"));
    }

    @Test
    void surnameKeepsAnArticleWithNothingAfterItAndInnerHyphens() {
        assertEquals("al-", surname("al-"));
        assertEquals("mc-al-bar", surname("Mc-Al-Bar"));
    }

    @Test
    void skeletonReplacesInOrderThenCutsRuns() {
        assertEquals("gadafi", GoldScorer.skeleton("qaddafi"));
        assertEquals("gadafi", GoldScorer.skeleton("ghaddafi"));
        assertEquals("vol", GoldScorer.skeleton("wwoll"));
    }

    @Test
    void evidenceTextIsComparedWithPythonStripIncludingNoBreakSpace() throws Exception {
        String text = "H\nFirst line.\u00a0Second sentence here.";
        JsonNode ev = json("{'start':13,'end':35,'text':'Second sentence here.'}");
        int[] span = GoldScorer.spanOf(text, ev);
        assertEquals(13, span[0]);
        assertEquals(35, span[1]);
        assertEquals("x", GoldScorer.pyStrip("\u00a0\u2007x\u202f\u0085"));
    }

    @Test
    void overlapCountsSharedTokensOverTheLongerSide() {
        assertEquals(5.0 / 6, GoldScorer.overlap("we will sign the deal", "We will sign the deal today."), 1e-9);
    }

    @Test
    void scoresStatementsQuotesAndMeetingsLikeTheReferenceScorer() throws Exception {
        String text = "H\nLavrov met Wang. \"We agree,\" Lavrov said. Officials said more.";
        JsonNode gold = json("{'meetings':[{'participants':['Sergey Lavrov','Wang Yi'],'location':'Moscow',"
                + "'date':null}],'statements':[{'speaker':'Sergey Lavrov','sentence':'\\\"We agree,\\\" Lavrov said.',"
                + "'direct_quotes':['We agree,']}],'ignore_sentences':['Officials said more.']}");
        JsonNode pred = json("{'meetings':[{'participants':[{'name':'Lavrov'},{'name':'Wang Yi'}],'location':'Moscow'}],"
                + "'statements':[{'speaker':{'name':'Lavrov'},'quote':'We agree,','evidence':{'start':20,'end':43,"
                + "'text':'\\\"We agree,\\\" Lavrov said.'}},{'speaker':'X','quote':null,'evidence':'Officials said more.'}]}");
        ArticleScore s = GoldScorer.score("a", text, gold, pred);
        assertEquals(new Counts(1, 1, 1, 1), s.meetings());
        assertEquals(new Counts(1, 1, 1, 1), s.statements());
        assertEquals(new Counts(1, 1, 1, 1), s.quotes());
        assertEquals(1, s.locationOk());
    }

    @Test
    void countsWrongSpeakerAsBothFalsePositiveAndMiss() throws Exception {
        String text = "H\nLavrov said yes.";
        JsonNode gold = json("{'statements':[{'speaker':'Lavrov','sentence':'Lavrov said yes.','direct_quotes':[]}]}");
        JsonNode pred = json("{'statements':[{'speaker':'Wang','evidence':'Lavrov said yes.'}]}");
        assertEquals(new Counts(0, 1, 0, 1), GoldScorer.score("a", text, gold, pred).statements());
    }
}
