package io.parley.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    private final Breakdown breakdown = new Breakdown(List.of(
            new ArticleDiagnosis("a1", List.of(new RuleHit("meetings", "trigger:met", true),
                    new RuleHit("meetings", "trigger:met", false), new RuleHit("meetings", "trigger:visit", true),
                    new RuleHit("statements", "adjacent-subject", true)),
                    List.of(new Miss("a1", MissKind.MEETING_EXTRA, "predicted {A, B}"))),
            new ArticleDiagnosis("a2", List.of(new RuleHit("meetings", "doc:both-sides", false)),
                    List.of(new Miss("a2", MissKind.STATEMENT_MISSED, "gold C \"C said so.\"")))));

    @Test
    void countsRightAndScoredPredictionsPerRuleAndPerFamily() {
        assertArrayEquals(new int[] {1, 2}, breakdown.byRule("meetings").get("trigger:met"));
        assertArrayEquals(new int[] {2, 3}, breakdown.byFamily("meetings").get("trigger"));
        assertArrayEquals(new int[] {0, 1}, breakdown.byFamily("meetings").get("doc"));
        assertArrayEquals(new int[] {1, 1}, breakdown.byRule("statements").get("adjacent-subject"));
    }

    @Test
    void printsFamiliesWithTheirRulesIndented() {
        String out = breakdown.formatByRule();
        assertTrue(out.contains("  trigger                            P=0.667  2/3\n"
                + "    trigger:met                        P=0.500  1/2\n"
                + "    trigger:visit                      P=1.000  1/1\n"), out);
        assertTrue(out.contains("  doc                                P=0.000  0/1\n"
                + "    doc:both-sides                     P=0.000  0/1\n"), out);
    }

    @Test
    void printsEveryKindWithItsCountAndTheMissesOnlyWhenAsked() {
        String counts = breakdown.formatMisses(false);
        assertTrue(counts.contains("  extra (no gold)         1\n"), counts);
        assertTrue(counts.contains("  missed sentence         1\n"), counts);
        assertEquals(MissKind.values().length + 3 + 1, counts.lines().count());
        assertTrue(breakdown.formatMisses(true).contains("    a2: gold C \"C said so.\"\n"));
    }
}
