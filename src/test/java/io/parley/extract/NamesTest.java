package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void dropsAccentsDotsAndSuffixes() {
        assertEquals(List.of("james", "a", "baker"), Names.tokens("James A. Baker III"));
        assertEquals("erdogan", Names.surname("Recep Tayyip Erdoğan"));
    }
}
