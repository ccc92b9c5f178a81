package io.parley.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A Breakdown sums the diagnoses of a corpus: precision per rule and rule family, and misses per kind. */
public record Breakdown(List<ArticleDiagnosis> articles) {

    public Breakdown {
        articles = List.copyOf(articles);
    }

    /** Right and scored predictions of each rule of one fact type ("meetings", "statements"), by rule name. */
    public Map<String, int[]> byRule(String fact) {
        Map<String, int[]> out = new TreeMap<>();
        hits(fact).forEach(h -> tally(out, h.rule(), h.correct()));
        return out;
    }

    /** The same, by rule family (the part of the name before ':'). */
    public Map<String, int[]> byFamily(String fact) {
        Map<String, int[]> out = new TreeMap<>();
        hits(fact).forEach(h -> tally(out, h.family(), h.correct()));
        return out;
    }

    /** Every miss of one kind, in article order. */
    public List<Miss> misses(MissKind kind) {
        return articles.stream().flatMap(a -> a.misses().stream()).filter(m -> m.kind() == kind).toList();
    }

    /** Precision per rule family and, under each family with more than one rule, per rule. */
    public String formatByRule() {
        StringBuilder sb = new StringBuilder("== precision by rule (right/scored predictions)\n");
        for (String fact : List.of("meetings", "statements")) {
            sb.append(fact).append('\n');
            Map<String, int[]> rules = byRule(fact);
            byFamily(fact).forEach((family, n) -> {
                sb.append(row("  ", family, n));
                List<String> members = rules.keySet().stream().filter(r -> !r.equals(family)
                        && r.startsWith(family + ":")).toList();
                members.forEach(r -> sb.append(row("    ", r, rules.get(r))));
            });
        }
        return sb.toString();
    }

    /** The count of each kind of miss; with {@code details}, every miss under its kind. */
    public String formatMisses(boolean details) {
        StringBuilder sb = new StringBuilder("== misses by kind\n");
        String fact = "";
        for (MissKind kind : MissKind.values()) {
            if (!kind.fact().equals(fact)) {
                fact = kind.fact();
                sb.append(fact).append('\n');
            }
            List<Miss> list = misses(kind);
            sb.append(String.format(Locale.ROOT, "  %-20s %4d\n", kind.label(), list.size()));
            if (details) {
                list.forEach(m -> sb.append("    ").append(m.articleId()).append(": ").append(m.detail()).append('\n'));
            }
        }
        return sb.toString();
    }

    private List<RuleHit> hits(String fact) {
        List<RuleHit> out = new ArrayList<>();
        articles.forEach(a -> a.hits().stream().filter(h -> h.fact().equals(fact)).forEach(out::add));
        return out;
    }

    private static void tally(Map<String, int[]> out, String key, boolean correct) {
        int[] n = out.computeIfAbsent(key, k -> new int[2]);
        n[0] += correct ? 1 : 0;
        n[1]++;
    }

    private static String row(String indent, String name, int[] n) {
        return String.format(Locale.ROOT, "%s%-34s P=%s  %d/%d\n", indent, name, Report.num((double) n[0] / n[1]),
                n[0], n[1]);
    }
}
