package io.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentHashTest {

    @Test
    void idIsSixteenLowerCaseHexDigits() {
        assertTrue(ContentHash.of("Ministers meet").matches("[0-9a-f]{16}"));
    }

    @Test
    void idIsThePrefixOfSha256OfTheNormalisedText() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01cfea", ContentHash.of("  abc \n"));
    }

    @Test
    void whitespaceAndLineEndingsDoNotChangeTheId() {
        assertEquals(ContentHash.of("Talks resume\n\nThe envoys met."), ContentHash.of("Talks resume\r\nThe envoys  met.\r\n"));
    }

    @Test
    void composedAndDecomposedAccentsGiveTheSameId() {
        assertEquals(ContentHash.of("Caf\u00e9"), ContentHash.of("Cafe\u0301"));
    }

    @Test
    void differentWordsGiveDifferentIds() {
        assertNotEquals(ContentHash.of("Talks resume"), ContentHash.of("Talks stall"));
    }
}
