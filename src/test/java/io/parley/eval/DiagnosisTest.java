package io.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class DiagnosisTest {

    private static final String TEXT = "Ministers confer\n\n"
            + "Foreign Minister Ana Ruiz met Premier Karl Boden and Mayor Lena Holt in Madrid on Monday. "
            + "Ruiz also spoke by phone with Prime Minister Ivo Marek. "
            + "\"We will build the bridge together,\" Ruiz said. "
            + "Boden said the talks were frank. "
            + "Officials said the visit went well.";

    private static JsonNode json(String s) throws Exception {
        return Json.mapper().readTree(s.replace('\'', '"'));
    }

    private static ArticleDiagnosis diagnose(String gold, String pred) throws Exception {
        return Diagnosis.of(new EvalCase("x1", TEXT, json(gold), json(pred), false));
    }

    private static Map<MissKind, Integer> kinds(ArticleDiagnosis d) {
        Map<MissKind, Integer> out = new TreeMap<>();
        d.misses().forEach(m -> out.merge(m.kind(), 1, Integer::sum));
        return out;
    }

    private static final String MEETING_GOLD = "{'meetings':[{'participants':['Ana Ruiz','Karl Boden','Lena Holt'],"
            + "'status':'held','evidence':'Foreign Minister Ana Ruiz met Premier Karl Boden and Mayor Lena Holt in "
            + "Madrid on Monday.'},{'participants':['Ana Ruiz','Ivo Marek'],'status':'held','evidence':'Ruiz also "
            + "spoke by phone with Prime Minister Ivo Marek.'}],'statements':[]}";

    private static String meeting(String names, String status, String evidence, String rule) {
        return "{'participants':[" + names + "],'status':'" + status + "','evidence':'" + evidence + "','rule':'"
                + rule + "'}";
    }

    @Test
    void meetingOnNoGoldSentenceWithUnrelatedPartiesIsExtraAndGoldWithNothingOnItsSentenceIsMissed()
            throws Exception {
        String pred = "{'meetings':[" + meeting("'Lena Holt','Ivo Marek'", "HELD", "Officials said the visit went well.",
                "trigger:visit") + "]}";
        ArticleDiagnosis d = diagnose(MEETING_GOLD, pred);
        assertEquals(Map.of(MissKind.MEETING_EXTRA, 1, MissKind.MEETING_MISSED, 2), kinds(d));
        assertEquals(List.of(new RuleHit("meetings", "trigger:visit", false)), d.hits());
    }

    @Test
    void meetingLackingOneGoldParticipantOnItsSentenceIsMissingParticipant() throws Exception {
        String pred = "{'meetings':[" + meeting("'Ana Ruiz','Karl Boden'", "HELD", "Foreign Minister Ana Ruiz met",
                "trigger:met") + "," + meeting("'Ruiz','Ivo Marek'", "HELD", "Ruiz also spoke by phone", "trigger:spoke")
                + "]}";
        ArticleDiagnosis d = diagnose(MEETING_GOLD, pred);
        assertEquals(Map.of(MissKind.MEETING_MISSING_PARTICIPANT, 1), kinds(d));
        assertEquals(List.of(new RuleHit("meetings", "trigger:met", false), new RuleHit("meetings", "trigger:spoke",
                true)), d.hits());
    }

    @Test
    void meetingWithAnAddedPartyIsExtraParticipant() throws Exception {
        String pred = "{'meetings':[" + meeting("'Ana Ruiz','Ivo Marek','Karl Boden'", "HELD", "Ruiz also spoke by phone",
                "trigger:spoke") + "]}";
        Map<MissKind, Integer> k = kinds(diagnose(MEETING_GOLD, pred));
        assertEquals(1, k.get(MissKind.MEETING_EXTRA_PARTICIPANT));
        assertEquals(1, k.get(MissKind.MEETING_MISSED));
    }

    @Test
    void matchedMeetingWithAnotherStatusIsWrongStatusAndARepeatIsDuplicate() throws Exception {
        String m = meeting("'Ana Ruiz','Ivo Marek'", "PLANNED", "Ruiz also spoke by phone", "trigger:spoke");
        ArticleDiagnosis d = diagnose(MEETING_GOLD, "{'meetings':[" + m + "," + m + "]}");
        assertEquals(Map.of(MissKind.MEETING_WRONG_STATUS, 1, MissKind.MEETING_DUPLICATE, 1,
                MissKind.MEETING_MISSED, 1), kinds(d));
    }

    @Test
    void goldMeetingSpreadOverTwoPredictionsIsSplit() throws Exception {
        String pred = "{'meetings':[" + meeting("'Ana Ruiz','Karl Boden'", "HELD", "x", "trigger:met") + ","
                + meeting("'Ana Ruiz','Lena Holt'", "HELD", "x", "trigger:met") + "]}";
        assertEquals(Map.of(MissKind.MEETING_SPLIT, 1, MissKind.MEETING_MISSED, 1), kinds(diagnose(MEETING_GOLD, pred)));
    }

    private static final String STATEMENT_GOLD = "{'statements':[{'speaker':'Ana Ruiz','sentence':'\\\"We will build "
            + "the bridge together,\\\" Ruiz said.','direct_quotes':['We will build the bridge together,']},"
            + "{'speaker':'Karl Boden','sentence':'Boden said the talks were frank.','direct_quotes':[]}],"
            + "'ignore_sentences':['Officials said the visit went well.']}";

    private static String statement(String speaker, String quote, String evidence, String rule) {
        return "{'speaker':{'name':'" + speaker + "'},'quote':" + (quote == null ? "null" : "'" + quote + "'")
                + ",'evidence':'" + evidence + "','rule':'" + rule + "'}";
    }

    @Test
    void statementsAreSortedIntoWrongSpeakerAnonymousExtraAndMissed() throws Exception {
        String pred = "{'statements':[" + statement("Karl Boden", null, "We will build the bridge together", "cue-name")
                + "," + statement("the ministry", null, "Boden said the talks were frank.", "adjacent-subject")
                + "," + statement("Ana Ruiz", null, "Ruiz also spoke by phone with Prime Minister Ivo Marek.",
                "adjacent-subject") + "," + statement("Officials", null, "Officials said the visit went well.",
                "adjacent-subject") + "]}";
        ArticleDiagnosis d = diagnose(STATEMENT_GOLD, pred);
        assertEquals(Map.of(MissKind.STATEMENT_WRONG_SPEAKER, 1, MissKind.STATEMENT_ANONYMOUS, 1,
                MissKind.STATEMENT_EXTRA, 1, MissKind.QUOTE_MISSED, 1), kinds(d));
        assertEquals(3, d.hits().size(), "the prediction on an ignored sentence is not scored");
    }

    @Test
    void goldStatementWithNoPredictionOnItsSentenceIsMissedAndRightOnesCountForTheirRule() throws Exception {
        String pred = "{'statements':[" + statement("Ana Ruiz", null, "We will build the bridge together",
                "quote-cue-name") + "," + statement("Ruiz", null, "We will build the bridge together", "other") + "]}";
        ArticleDiagnosis d = diagnose(STATEMENT_GOLD, pred);
        assertEquals(Map.of(MissKind.STATEMENT_MISSED, 1, MissKind.QUOTE_MISSED, 1), kinds(d));
        assertEquals(List.of(new RuleHit("statements", "quote-cue-name", true)), d.hits(),
                "a repeat of a scored unit is not scored again");
    }

    @Test
    void quotesAreSortedIntoWrongSpeakerWrongSpanMissedAndExtra() throws Exception {
        String gold = "{'statements':[{'speaker':'Ana Ruiz','sentence':'\\\"We will build the bridge together,\\\" "
                + "Ruiz said.','direct_quotes':['We will build the bridge together,']},{'speaker':'Karl Boden',"
                + "'sentence':'Boden said the talks were frank.','direct_quotes':['the talks were frank']}]}";
        String wrongSpeaker = "{'statements':[" + statement("Karl Boden", "We will build the bridge together,",
                "We will build", "r") + "," + statement("Karl Boden", "Officials said", "Officials said", "r") + "]}";
        assertEquals(Map.of(MissKind.QUOTE_WRONG_SPEAKER, 1, MissKind.QUOTE_MISSED, 1, MissKind.QUOTE_EXTRA, 1,
                MissKind.STATEMENT_WRONG_SPEAKER, 1, MissKind.STATEMENT_MISSED, 1, MissKind.STATEMENT_EXTRA, 1),
                kinds(Diagnosis.of(new EvalCase("x", TEXT, json(gold), json(wrongSpeaker), false))));
        String wrongSpan = "{'statements':[" + statement("Ana Ruiz", "the bridge", "We will build", "r") + "]}";
        Map<MissKind, Integer> k = kinds(Diagnosis.of(new EvalCase("x", TEXT, json(gold), json(wrongSpan), false)));
        assertEquals(1, k.get(MissKind.QUOTE_WRONG_SPAN));
        assertEquals(1, k.get(MissKind.QUOTE_MISSED));
    }

    @Test
    void anonymousMeansNoCapitalLetter() {
        assertEquals(true, StatementDiagnosis.anonymous("a senior official"));
        assertEquals(true, StatementDiagnosis.anonymous(""));
        assertEquals(false, StatementDiagnosis.anonymous("Foreign Ministry"));
    }
}
