package io.parley.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * QuoteDiagnosis sorts one article's quote errors after the scorer's matching: an unmatched gold quote is a wrong
 * speaker when an unmatched predicted quote has its words (overlap >= 0.8), a wrong span when one has some of
 * them (overlap >= 0.3, or one inside the other), else missed; predicted quotes left over are extra.
 */
final class QuoteDiagnosis {

    private static final double SAME_WORDS = 0.8;
    private static final double SOME_WORDS = 0.3;

    private final EvalCase c;
    private final List<Miss> misses;

    QuoteDiagnosis(EvalCase c, List<Miss> misses) {
        this.c = c;
        this.misses = misses;
    }

    void run() {
        List<GoldScorer.GoldSentence> gsent = GoldScorer.goldSentences(c.text(), c.gold());
        List<String[]> gq = GoldScorer.goldQuotes(c.gold());
        List<String[]> pq = GoldScorer.predictedQuotes(c.text(), gsent, GoldScorer.ignoreSpans(c.text(), c.gold()),
                c.pred());
        int[] match = GoldScorer.matchQuotes(gq, pq);
        Set<Integer> usedGold = new HashSet<>();
        Set<Integer> usedPred = new HashSet<>();
        for (int p = 0; p < match.length; p++) {
            if (match[p] >= 0) {
                usedGold.add(match[p]);
                usedPred.add(p);
            }
        }
        for (int k = 0; k < gq.size(); k++) {
            if (!usedGold.contains(k)) {
                unmatchedGold(gq.get(k), pq, usedPred);
            }
        }
        for (int p = 0; p < pq.size(); p++) {
            if (!usedPred.contains(p)) {
                add(MissKind.QUOTE_EXTRA, predicted(pq.get(p)));
            }
        }
    }

    private void unmatchedGold(String[] g, List<String[]> pq, Set<Integer> usedPred) {
        int best = -1;
        double bestOverlap = 0;
        for (int p = 0; p < pq.size(); p++) {
            double ov = resemblance(g[1], pq.get(p)[1]);
            if (!usedPred.contains(p) && ov > bestOverlap) {
                best = p;
                bestOverlap = ov;
            }
        }
        String gold = "gold " + g[2] + " " + Diagnosis.clip(g[1]);
        if (best < 0 || bestOverlap < SOME_WORDS) {
            add(MissKind.QUOTE_MISSED, gold);
            return;
        }
        usedPred.add(best);
        boolean sameWords = GoldScorer.overlap(g[1], pq.get(best)[1]) >= SAME_WORDS;
        add(sameWords ? MissKind.QUOTE_WRONG_SPEAKER : MissKind.QUOTE_WRONG_SPAN, gold + " | " + predicted(pq.get(best)));
    }

    /** The scorer's token overlap, or 1 when one quote lies inside the other. */
    private static double resemblance(String gold, String pred) {
        String g = GoldScorer.norm(gold).strip();
        String p = GoldScorer.norm(pred).strip();
        boolean inside = !g.isEmpty() && !p.isEmpty() && (g.contains(p) || p.contains(g));
        return inside ? Math.max(SOME_WORDS, GoldScorer.overlap(gold, pred)) : GoldScorer.overlap(gold, pred);
    }

    private static String predicted(String[] q) {
        return "predicted " + q[3] + " " + Diagnosis.clip(q[1]);
    }

    private void add(MissKind kind, String detail) {
        misses.add(new Miss(c.id(), kind, detail));
    }
}
