package io.parley.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** A Report holds the per-article scores of a corpus and their micro-averaged totals. */
public record Report(List<ArticleScore> articles, int missing) {

    public Report {
        articles = List.copyOf(articles);
    }

    public Counts meetings() {
        return articles.stream().map(ArticleScore::meetings).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts statements() {
        return articles.stream().map(ArticleScore::statements).reduce(Counts.ZERO, Counts::plus);
    }

    public Counts quotes() {
        return articles.stream().map(ArticleScore::quotes).reduce(Counts.ZERO, Counts::plus);
    }

    /** Text as {@code score.py --verbose} prints it: a line per article, then the totals. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        for (ArticleScore a : articles) {
            sb.append(a.id()).append(' ').append(pair("mtg", a.meetings())).append(' ')
                    .append(pair("stm", a.statements())).append(' ').append(pair("quo", a.quotes())).append('\n');
        }
        sb.append(line("meetings", meetings())).append(line("statements", statements())).append(line("quotes", quotes()));
        int lo = articles.stream().mapToInt(ArticleScore::locationOk).sum();
        int ln = articles.stream().mapToInt(ArticleScore::locationN).sum();
        int dok = articles.stream().mapToInt(ArticleScore::dateOk).sum();
        int dn = articles.stream().mapToInt(ArticleScore::dateN).sum();
        sb.append(String.format(Locale.ROOT, "location acc %d/%d, date acc %d/%d, docs %d, unreadable predictions %d\n",
                lo, ln, dok, dn, articles.size(), missing));
        sb.append("F1 meetings=").append(num(meetings().f1())).append(" statements=")
                .append(num(statements().f1())).append(" quotes=").append(num(quotes().f1())).append('\n');
        return sb.toString();
    }

    private static String pair(String name, Counts c) {
        return String.format(Locale.ROOT, "%s %d/%d %d/%d", name, c.matchedPredicted(), c.predicted(),
                c.matchedGold(), c.gold());
    }

    private static String line(String name, Counts c) {
        return String.format(Locale.ROOT, "%-10s P=%s R=%s F1=%s  (pred %d, gold %d)\n", name,
                num(c.precision()), num(c.recall()), num(c.f1()), c.predicted(), c.gold());
    }

    /**
     * Python's {@code '%.3f'}: the exact binary value rounded half to even (Java's {@code %.3f} rounds its shortest
     * decimal form half up, so 13/16 = 0.8125 would print 0.813 where score.py prints 0.812).
     */
    static String num(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        return new BigDecimal(v).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }
}
