package io.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class HalfTest {

    @Test
    void seedAndOddIdsAreHalfAEvenIdsHalfB() {
        assertEquals(Half.A, Half.of("seed"));
        assertEquals(Half.A, Half.of("d01"));
        assertEquals(Half.A, Half.of("j11"));
        assertEquals(Half.B, Half.of("d10"));
        assertEquals(Half.B, Half.of("g02"));
        assertEquals(Half.B, Half.of("j12"));
    }

    @Test
    void idWithoutANumberAlwaysLandsInTheSameHalf() {
        assertEquals(Half.of("outlet_2016-05-01_some-title"), Half.of("outlet_2016-05-01_some-title"));
        assertEquals(Half.A, Half.of("ab"), "97 + 98 = 195 is odd");
    }

    @Test
    void halvesReportShowsBothHalvesAndTheirGap() {
        var o = JsonNodeFactory.instance;
        String text = "H\n\nAna Ruiz said yes.";
        var gold = o.objectNode();
        gold.putArray("statements").addObject().put("speaker", "Ana Ruiz").put("sentence", "Ana Ruiz said yes.")
                .putArray("direct_quotes");
        var right = o.objectNode();
        right.putArray("statements").addObject().put("speaker", "Ana Ruiz").put("evidence", "Ana Ruiz said yes.");
        Corpus corpus = new Corpus(List.of(new EvalCase("d01", text, gold, right, false),
                new EvalCase("d02", text, gold, o.objectNode(), false)));
        String out = HalvesReport.format(corpus);
        assertTrue(out.contains("\nA         1  nan (1.000/1.000)      1.000 (1.000/1.000)"), out);
        assertTrue(out.contains("\nB         1  nan (1.000/1.000)      0.000 (0.000/0.000)"), out);
        assertTrue(out.contains("\ngap     A-B  nan                    +1.000"), out);
    }
}
