package io.parley.eval;

/**
 * Counts are the four numbers a precision/recall score is made of: predictions that matched, predictions,
 * gold units that matched, gold units.
 */
public record Counts(int matchedPredicted, int predicted, int matchedGold, int gold) {

    public static final Counts ZERO = new Counts(0, 0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(matchedPredicted + o.matchedPredicted, predicted + o.predicted,
                matchedGold + o.matchedGold, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? (gold == 0 ? 1.0 : 0.0) : (double) matchedPredicted / predicted;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) matchedGold / gold;
    }

    /** F1, or NaN when nothing was annotated and nothing predicted. */
    public double f1() {
        if (predicted == 0 && gold == 0) {
            return Double.NaN;
        }
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
