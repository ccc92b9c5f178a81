package io.parley.eval;

import java.util.List;

/** A Corpus is a scored set of articles: the cases, from which the report, the halves and the breakdown follow. */
public record Corpus(List<EvalCase> cases) {

    public Corpus {
        cases = List.copyOf(cases);
    }

    /** The scores, exactly as score.py counts them. */
    public Report report() {
        List<ArticleScore> scores = cases.stream().map(c -> GoldScorer.score(c.id(), c.text(), c.gold(), c.pred()))
                .toList();
        return new Report(scores, (int) cases.stream().filter(EvalCase::unreadable).count());
    }

    /** The articles of one fixed half (see {@link Half}). */
    public Corpus half(Half half) {
        return new Corpus(cases.stream().filter(c -> Half.of(c.id()) == half).toList());
    }

    /** Precision per rule and the misses per kind. */
    public Breakdown breakdown() {
        return new Breakdown(cases.stream().map(Diagnosis::of).toList());
    }
}
