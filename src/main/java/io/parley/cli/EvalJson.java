package io.parley.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.eval.ArticleScore;
import io.parley.eval.Corpus;
import io.parley.eval.Counts;
import io.parley.eval.Half;
import io.parley.eval.Report;
import java.util.List;
import java.util.Map;

/** The {@code eval --json} document: the scores of a corpus as numbers, and its halves when asked for. */
final class EvalJson {

    private EvalJson() {
    }

    /** Precision, recall and F1 ({@code null} where score.py prints nan) with the counts they come from. */
    record Score(Double precision, Double recall, Double f1, int predicted, int gold, int matchedPredicted,
                 int matchedGold) {

        static Score of(Counts c) {
            return new Score(number(c.precision()), number(c.recall()), number(c.f1()), c.predicted(), c.gold(),
                    c.matchedPredicted(), c.matchedGold());
        }

        private static Double number(double value) {
            return Double.isNaN(value) ? null : value;
        }
    }

    /** The three scores of a set of articles. */
    record Totals(int docs, Score meetings, Score statements, Score quotes) {

        static Totals of(Report r) {
            return new Totals(r.articles().size(), Score.of(r.meetings()), Score.of(r.statements()), Score.of(r.quotes()));
        }
    }

    /** One article's scores. */
    record Article(String id, Score meetings, Score statements, Score quotes) {

        static Article of(ArticleScore a) {
            return new Article(a.id(), Score.of(a.meetings()), Score.of(a.statements()), Score.of(a.quotes()));
        }
    }

    /** The whole document; {@code halves} only with {@code --halves}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Result(Totals total, int unreadablePredictions, List<Article> articles, Map<String, Totals> halves) {
    }

    static Result of(Corpus corpus, boolean halves) {
        Report report = corpus.report();
        Map<String, Totals> byHalf = halves ? Map.of("A", Totals.of(corpus.half(Half.A).report()),
                "B", Totals.of(corpus.half(Half.B).report())) : null;
        return new Result(Totals.of(report), report.missing(), report.articles().stream().map(Article::of).toList(),
                byHalf);
    }
}
