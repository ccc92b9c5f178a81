package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Extraction;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummarizerTest {

    @Test
    void summarisesMeetingsAndSpeakers() {
        Extraction x = Texts.extract("Minister Reza Aref met Prime Minister Oleg Varlamov in Moscow on Monday. "
                + "Aref said the talks were useful.");
        assertEquals("Reza Aref and Oleg Varlamov met in Moscow on 2025-11-17. Reza Aref made 1 statement.",
                x.summary());
    }

    @Test
    void saysWhenNothingWasFound() {
        assertEquals("No meetings or statements found.", Summarizer.summarize(List.of(), List.of()));
    }
}
