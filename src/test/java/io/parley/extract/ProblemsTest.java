package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Extraction;
import io.parley.model.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void keepsAtMostTheBoundAndDropsTheRest() {
        Problems problems = Problems.tracking();
        for (int i = 0; i < Extraction.MAX_PROBLEMS + 3; i++) {
            problems.add("stage" + i, new IllegalStateException("n" + i));
        }

        List<Problem> kept = problems.list();

        assertEquals(Extraction.MAX_PROBLEMS, kept.size());
        assertEquals(new Problem("stage0", "IllegalStateException: n0 (at ProblemsTest.keepsAtMostTheBoundAndDropsTheRest)"),
                kept.get(0));
    }

    @Test
    void describesTheErrorAndTheFirstRuleFrameItPassed() {
        RuntimeException error = new NullPointerException("speaker");
        error.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 1),
            new StackTraceElement("io.parley.extract.SpeakerSieves", "attribute", "SpeakerSieves.java", 2)});

        assertEquals("NullPointerException: speaker (at SpeakerSieves.attribute)", Problems.describe(error));
        StackOverflowError deep = new StackOverflowError();
        deep.setStackTrace(new StackTraceElement[] {new StackTraceElement("java.util.regex.Pattern$Loop", "match", null, -1)});
        assertEquals("StackOverflowError", Problems.describe(deep));
    }
}
