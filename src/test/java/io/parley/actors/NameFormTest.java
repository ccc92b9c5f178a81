package io.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFormTest {

    @Test
    void foldDropsAccentsAndKeepsAsciiAsIs() {
        assertEquals("Pena Nieto", NameForm.fold("Peña Nieto"));
        assertEquals("Erdogan", NameForm.fold("Erdoğan"));
        String ascii = "Lavrov";
        assertEquals(ascii, NameForm.fold(ascii));
    }

    @Test
    void wordsAreLowerCaseAccentFreeAndSplitOnPunctuation() {
        assertEquals(List.of("sergey", "lavrov"), NameForm.words("  Sergéy   LAVROV "));
        assertEquals(List.of("beate", "meinl", "reisinger"), NameForm.words("Beate Meinl-Reisinger"));
        assertEquals(List.of(), NameForm.words(null));
    }

    @Test
    void surnameSkipsGenerationalSuffixes() {
        assertEquals("baker", NameForm.surname("James A. Baker III"));
        assertEquals("jr", NameForm.suffix("Surangel Whipps Jr."));
        assertEquals(List.of("donald", "j"), NameForm.givenNames("Donald J. Trump"));
    }

    @Test
    void skeletonMergesTransliterationsButNotDifferentNames() {
        assertEquals(NameForm.skeleton("Araghchi"), NameForm.skeleton("Araqchi"));
        assertEquals(NameForm.skeleton("Zelenskiy"), NameForm.skeleton("Zelensky"));
        assertNotEquals(NameForm.skeleton("Lavrov"), NameForm.skeleton("Lapid"));
    }
}
