package io.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MeetingDiagnosis sorts one article's meeting errors. After the scorer's matching by surname set, each unmatched
 * gold meeting is first checked for a split (two or more predictions whose parties are part of it and together
 * all of it); each remaining unmatched prediction is a duplicate (same parties as a matched gold meeting), or
 * stands for an unmatched gold meeting on the same evidence sentence or with a subset or superset of its parties
 * (missing or extra participant), or for nothing (extra). Gold meetings left over are missed.
 */
final class MeetingDiagnosis {

    private final EvalCase c;
    private final List<RuleHit> hits;
    private final List<Miss> misses;
    private final List<JsonNode> gold;
    private final List<JsonNode> pred;
    private final List<Set<String>> gm;
    private final List<Set<String>> pm;
    private final int[] match;
    private final Set<Integer> explainedGold = new HashSet<>();
    private final Set<Integer> explainedPred = new HashSet<>();

    MeetingDiagnosis(EvalCase c, List<RuleHit> hits, List<Miss> misses) {
        this.c = c;
        this.hits = hits;
        this.misses = misses;
        gold = GoldScorer.list(c.gold().get("meetings"));
        pred = GoldScorer.list(c.pred().get("meetings"));
        gm = gold.stream().map(GoldScorer::parties).toList();
        pm = pred.stream().map(GoldScorer::parties).toList();
        match = GoldScorer.matchMeetings(gm, pm);
    }

    void run() {
        for (int p = 0; p < pred.size(); p++) {
            hits.add(new RuleHit("meetings", Diagnosis.rule(pred.get(p)), match[p] >= 0));
            if (match[p] >= 0) {
                explainedGold.add(match[p]);
                explainedPred.add(p);
                status(p, match[p]);
            }
        }
        for (int k = 0; k < gold.size(); k++) {
            split(k);
        }
        for (int p = 0; p < pred.size(); p++) {
            unmatchedPrediction(p);
        }
        for (int k = 0; k < gold.size(); k++) {
            if (!explainedGold.contains(k)) {
                missed(k);
            }
        }
    }

    private void status(int p, int k) {
        String g = GoldScorer.textOr(gold.get(k).get("status"), "").toLowerCase(Locale.ROOT);
        String s = GoldScorer.textOr(pred.get(p).get("status"), "").toLowerCase(Locale.ROOT);
        if (!g.isEmpty() && !g.equals(s)) {
            add(MissKind.MEETING_WRONG_STATUS, "gold " + g + ", predicted " + (s.isEmpty() ? "none" : s) + " "
                    + predicted(p));
        }
    }

    private void split(int k) {
        if (explainedGold.contains(k)) {
            return;
        }
        List<Integer> parts = new ArrayList<>();
        Set<String> union = new HashSet<>();
        for (int p = 0; p < pred.size(); p++) {
            if (!explainedPred.contains(p) && pm.get(p).size() >= 2 && gm.get(k).containsAll(pm.get(p))) {
                parts.add(p);
                union.addAll(pm.get(p));
            }
        }
        if (parts.size() >= 2 && union.equals(gm.get(k))) {
            explainedGold.add(k);
            explainedPred.addAll(parts);
            add(MissKind.MEETING_SPLIT, gold(k) + " | " + parts.size() + " predictions: "
                    + parts.stream().map(this::predicted).collect(Collectors.joining("; ")));
        }
    }

    private void unmatchedPrediction(int p) {
        if (explainedPred.contains(p)) {
            return;
        }
        explainedPred.add(p);
        if (gm.contains(pm.get(p))) {
            add(MissKind.MEETING_DUPLICATE, predicted(p));
            return;
        }
        int k = counterpart(p);
        if (k < 0) {
            add(MissKind.MEETING_EXTRA, predicted(p));
            return;
        }
        explainedGold.add(k);
        Set<String> lacking = minus(gm.get(k), pm.get(p));
        Set<String> extra = minus(pm.get(p), gm.get(k));
        if (!lacking.isEmpty()) {
            add(MissKind.MEETING_MISSING_PARTICIPANT, "lacks " + lacking + ": " + gold(k) + " | " + predicted(p));
        }
        if (!extra.isEmpty()) {
            add(MissKind.MEETING_EXTRA_PARTICIPANT, "adds " + extra + ": " + gold(k) + " | " + predicted(p));
        }
    }

    /** The unexplained gold meeting a prediction stands for: same sentence first, else a subset or superset. */
    private int counterpart(int p) {
        int[] ps = GoldScorer.spanOf(c.text(), pred.get(p).get("evidence"));
        int best = -1;
        int bestScore = 0;
        for (int k = 0; k < gold.size(); k++) {
            if (explainedGold.contains(k) || minus(pm.get(p), gm.get(k)).size() == pm.get(p).size()) {
                continue;
            }
            boolean nested = gm.get(k).containsAll(pm.get(p)) || pm.get(p).containsAll(gm.get(k));
            int score = (Diagnosis.overlaps(ps, goldSpan(k)) ? 2 : 0) + (nested ? 1 : 0);
            if (score > bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }

    private void missed(int k) {
        int[] gs = goldSpan(k);
        boolean onSentence = false;
        for (JsonNode m : pred) {
            onSentence |= Diagnosis.overlaps(gs, GoldScorer.spanOf(c.text(), m.get("evidence")));
        }
        add(MissKind.MEETING_MISSED, gold(k) + (onSentence ? " (its sentence has a prediction of another meeting)"
                : ""));
    }

    private int[] goldSpan(int k) {
        String ev = GoldScorer.textOr(gold.get(k).get("evidence"), "");
        int i = ev.isEmpty() ? -1 : c.text().indexOf(ev);
        return i < 0 ? null : new int[] {i, i + ev.length()};
    }

    private String gold(int k) {
        return "gold " + names(gold.get(k)) + " " + Diagnosis.clip(GoldScorer.textOr(gold.get(k).get("evidence"), ""));
    }

    private String predicted(int p) {
        JsonNode m = pred.get(p);
        return "predicted " + names(m) + " [" + Diagnosis.rule(m) + "] "
                + Diagnosis.clip(Diagnosis.evidence(c.text(), m.get("evidence")));
    }

    private static String names(JsonNode meeting) {
        List<String> out = new ArrayList<>();
        GoldScorer.iter(meeting.get("participants")).forEach(a -> out.add(Diagnosis.name(a)));
        return "{" + String.join(", ", out) + "}";
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> out = new java.util.TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    private void add(MissKind kind, String detail) {
        misses.add(new Miss(c.id(), kind, detail));
    }
}
