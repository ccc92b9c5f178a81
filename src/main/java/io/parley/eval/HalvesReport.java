package io.parley.eval;

import java.util.Locale;

/** HalvesReport prints the scores of the two fixed halves of a corpus (see {@link Half}) and the gap between them. */
public final class HalvesReport {

    private HalvesReport() {
    }

    /** One line per half (F1 with precision and recall of meetings, statements, quotes), then the gap A − B. */
    public static String format(Corpus corpus) {
        Report a = corpus.half(Half.A).report();
        Report b = corpus.half(Half.B).report();
        StringBuilder sb = new StringBuilder("== halves (A: seed and ids ending in an odd number; B: ids ending in an "
                + "even number)\n");
        sb.append(String.format(Locale.ROOT, "%-6s %4s  %-22s %-22s %s\n", "half", "docs", "meetings F1 (P/R)",
                "statements F1 (P/R)", "quotes F1 (P/R)"));
        sb.append(half("A", a)).append(half("B", b));
        sb.append(String.format(Locale.ROOT, "%-6s %4s  %-22s %-22s %-22s", "gap", "A-B", gap(a.meetings(), b.meetings()),
                gap(a.statements(), b.statements()), gap(a.quotes(), b.quotes())).stripTrailing()).append('\n');
        return sb.toString();
    }

    private static String half(String name, Report r) {
        return String.format(Locale.ROOT, "%-6s %4d  %-22s %-22s %-22s", name, r.articles().size(), cell(r.meetings()),
                cell(r.statements()), cell(r.quotes())).stripTrailing() + "\n";
    }

    private static String cell(Counts c) {
        return Report.num(c.f1()) + " (" + Report.num(c.precision()) + "/" + Report.num(c.recall()) + ")";
    }

    private static String gap(Counts a, Counts b) {
        double d = a.f1() - b.f1();
        return Double.isNaN(d) ? "nan" : (d >= 0 ? "+" : "") + Report.num(d);
    }
}
