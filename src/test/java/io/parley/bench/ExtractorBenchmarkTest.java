package io.parley.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExtractorBenchmarkTest {

    @Test
    void yardstickCountsWordsAndMarksKeepingInnerHyphensAndApostrophes() {
        assertEquals(10, ExtractorBenchmark.countTokens("Vice-President Okoye’s aides met in Lagos, officials said."));
    }

    @Test
    void yardstickCountsEachMarkOfAQuoteAndNothingForBlanks() {
        assertEquals(7, ExtractorBenchmark.countTokens("  “We agree,”\n\n  he said "));
    }
}
