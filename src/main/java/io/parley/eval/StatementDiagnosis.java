package io.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.eval.GoldScorer.GoldSentence;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * StatementDiagnosis sorts one article's statement errors on the scorer's units (speaker surname, gold sentence):
 * a wrong prediction is anonymous (its speaker has no name), a wrong speaker (on a gold sentence) or extra (on no
 * gold sentence); a gold unit is missed when no prediction with a wrong speaker sits on its sentence.
 */
final class StatementDiagnosis {

    private final EvalCase c;
    private final List<RuleHit> hits;
    private final List<Miss> misses;
    private final List<JsonNode> gold;
    private final List<GoldSentence> gsent;
    private final List<int[]> ignore;
    private final Set<List<Object>> gunits = new HashSet<>();
    private final Set<List<Object>> seen = new HashSet<>();
    private final Set<Object> wrongOn = new HashSet<>();

    StatementDiagnosis(EvalCase c, List<RuleHit> hits, List<Miss> misses) {
        this.c = c;
        this.hits = hits;
        this.misses = misses;
        gold = GoldScorer.list(c.gold().get("statements"));
        gsent = GoldScorer.goldSentences(c.text(), c.gold());
        ignore = GoldScorer.ignoreSpans(c.text(), c.gold());
        gsent.forEach(g -> gunits.add(List.of(g.speaker(), g.start())));
    }

    void run() {
        for (JsonNode s : GoldScorer.iter(c.pred().get("statements"))) {
            prediction(s);
        }
        Set<List<Object>> reported = new HashSet<>();
        for (int i = 0; i < gsent.size(); i++) {
            GoldSentence g = gsent.get(i);
            JsonNode s = gold.get(i);
            List<Object> unit = List.of(g.speaker(), g.start());
            if (!seen.contains(unit) && !wrongOn.contains(g.start()) && reported.add(unit)) {
                add(MissKind.STATEMENT_MISSED, "gold " + Diagnosis.name(s.get("speaker")) + " "
                        + Diagnosis.clip(GoldScorer.textOr(s.get("sentence"), "")));
            }
        }
    }

    private void prediction(JsonNode s) {
        int[] span = GoldScorer.spanOf(c.text(), s.get("evidence"));
        if (GoldScorer.ignored(span, gsent, ignore)) {
            return;
        }
        Object key = GoldScorer.unitKey(span, gsent);
        List<Object> unit = List.of(GoldScorer.surname(s.get("speaker")), key);
        if (!seen.add(unit)) {
            return;
        }
        boolean correct = gunits.contains(unit);
        hits.add(new RuleHit("statements", Diagnosis.rule(s), correct));
        if (correct) {
            return;
        }
        String line = "predicted " + Diagnosis.name(s.get("speaker")) + " [" + Diagnosis.rule(s) + "] "
                + Diagnosis.clip(Diagnosis.evidence(c.text(), s.get("evidence")));
        if (key instanceof Integer) {
            wrongOn.add(key);
        }
        if (anonymous(Diagnosis.name(s.get("speaker")))) {
            add(MissKind.STATEMENT_ANONYMOUS, line);
        } else if (key instanceof Integer start) {
            add(MissKind.STATEMENT_WRONG_SPEAKER, line + " | gold " + goldSpeakers(start));
        } else {
            add(MissKind.STATEMENT_EXTRA, line);
        }
    }

    /** A speaker with no name: blank, or no capital letter in it ("officials", "a senior diplomat"). */
    static boolean anonymous(String name) {
        return name.codePoints().noneMatch(Character::isUpperCase);
    }

    private Set<String> goldSpeakers(int start) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < gsent.size(); i++) {
            if (gsent.get(i).start() == start) {
                out.add(Diagnosis.name(gold.get(i).get("speaker")));
            }
        }
        return out;
    }

    private void add(MissKind kind, String detail) {
        misses.add(new Miss(c.id(), kind, detail));
    }
}
