package io.parley.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void numbersRoundTheExactBinaryValueHalfToEvenAsPythonDoes() {
        assertEquals("0.812", Report.num(13.0 / 16));
        assertEquals("0.062", Report.num(1.0 / 16));
        assertEquals("0.123", Report.num(0.1235));
        assertEquals("1.000", Report.num(1.0));
        assertEquals("nan", Report.num(Double.NaN));
    }

    @Test
    void formatPrintsArticleLinesThenTotalsAsScorePy() {
        ArticleScore a = new ArticleScore("a1", new Counts(13, 16, 13, 14), new Counts(1, 2, 1, 1), Counts.ZERO,
                1, 2, 0, 1);
        String expected = "a1 mtg 13/16 13/14 stm 1/2 1/1 quo 0/0 0/0\n"
                + "meetings   P=0.812 R=0.929 F1=0.867  (pred 16, gold 14)\n"
                + "statements P=0.500 R=1.000 F1=0.667  (pred 2, gold 1)\n"
                + "quotes     P=1.000 R=1.000 F1=nan  (pred 0, gold 0)\n"
                + "location acc 1/2, date acc 0/1, docs 1, unreadable predictions 3\n"
                + "F1 meetings=0.867 statements=0.667 quotes=nan\n";
        assertEquals(expected, new Report(List.of(a), 3).format());
    }
}
