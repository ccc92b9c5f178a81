package io.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Diagnosis explains one article's score: which rule produced each prediction the scorer counted and whether it
 * was right, and each miss by kind. It matches predictions to gold exactly as {@link GoldScorer} does, so the
 * right predictions of a rule add up to the scorer's true positives.
 */
public final class Diagnosis {

    private Diagnosis() {
    }

    /** Diagnoses one case. */
    public static ArticleDiagnosis of(EvalCase c) {
        List<RuleHit> hits = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        if (c.gold().has("meetings")) {
            new MeetingDiagnosis(c, hits, misses).run();
        }
        new StatementDiagnosis(c, hits, misses).run();
        new QuoteDiagnosis(c, misses).run();
        return new ArticleDiagnosis(c.id(), hits, misses);
    }

    /** The rule a predicted fact names, or "(none)". */
    static String rule(JsonNode fact) {
        String r = GoldScorer.textOr(fact.get("rule"), "");
        return r.isBlank() ? "(none)" : r;
    }

    /** The display name of a speaker or participant (an object with "name", or a string). */
    static String name(JsonNode actor) {
        if (actor == null || actor.isNull()) {
            return "";
        }
        return actor.isObject() ? GoldScorer.textOr(actor.get("name"), "") : actor.asText("");
    }

    /** A sentence cut to a readable length, in quotes. */
    static String clip(String s) {
        String t = s == null ? "" : s.strip().replace('\n', ' ');
        return "\"" + (t.length() <= 110 ? t : t.substring(0, 107) + "...") + "\"";
    }

    /** The text a prediction's evidence covers, or "" when it points nowhere. */
    static String evidence(String text, JsonNode ev) {
        int[] span = GoldScorer.spanOf(text, ev);
        return span == null || span[0] < 0 || span[1] > text.length() || span[0] > span[1] ? ""
                : text.substring(span[0], span[1]);
    }

    static boolean overlaps(int[] a, int[] b) {
        return a != null && b != null && Math.min(a[1], b[1]) - Math.max(a[0], b[0]) > 0;
    }
}
