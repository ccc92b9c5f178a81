package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void splitsLinesAndTrimsBlanks() {
        String text = "Title\n\n  First para. \r\nSecond";
        List<Paragraph> ps = Paragraphs.split(text);
        assertEquals(3, ps.size());
        assertEquals("First para.", text.substring(ps.get(1).start(), ps.get(1).end()));
        assertEquals(9, ps.get(1).start());
        assertEquals("Second", text.substring(ps.get(2).start(), ps.get(2).end()));
    }

    @Test
    void givesNothingForBlankText() {
        assertEquals(List.of(), Paragraphs.split(" \n\t\n"));
    }
}
