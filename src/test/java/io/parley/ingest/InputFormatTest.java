package io.parley.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputFormatTest {

    @Test
    void leadingBraceIsJson() {
        assertEquals(InputFormat.JSON, InputFormat.detect("  \n{\"body\":\"x\"}"));
    }

    @Test
    void leadingHtmlTagsAreHtml() {
        assertEquals(InputFormat.HTML, InputFormat.detect("<!DOCTYPE html><html></html>"));
        assertEquals(InputFormat.HTML, InputFormat.detect("\n<HTML lang=en>"));
        assertEquals(InputFormat.HTML, InputFormat.detect("<!-- saved page --><html>"));
        assertEquals(InputFormat.HTML, InputFormat.detect("<h1>Envoys meet</h1><p>They met.</p>"));
        assertEquals(InputFormat.HTML, InputFormat.detect("<p>They met.</p>"));
    }

    @Test
    void anythingElseIsPlainText() {
        assertEquals(InputFormat.PLAIN_TEXT, InputFormat.detect("Ministers meet in <Oslo>\nBody"));
        assertEquals(InputFormat.PLAIN_TEXT, InputFormat.detect("<3 diplomacy"));
        assertEquals(InputFormat.PLAIN_TEXT, InputFormat.detect("<pre-summit> talks open"));
    }
}
