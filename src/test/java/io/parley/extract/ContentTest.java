package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContentTest {

    @Test
    void takesClauseAfterCueWithoutThat() {
        assertEquals("the two countries share interests",
                Texts.extract("Minister Paul Durand stressed that the two countries share interests.").statements()
                        .get(0).content());
    }

    @Test
    void takesClauseBeforeTrailingCue() {
        assertEquals("The talks were useful",
                Texts.extract("The talks were useful, the Kremlin said.").statements().get(0).content());
    }
}
