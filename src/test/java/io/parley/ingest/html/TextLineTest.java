package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.bench.TextBench;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TextLineTest {

    @Test
    void writesOneCompactJsonLine() {
        HtmlPage page = new HtmlPage("Envoys \"meet\"", LocalDate.of(2025, 3, 12), null, "Line one.\nLine two.");
        assertEquals("{\"file\":\"a.html.gz\",\"title\":\"Envoys \\\"meet\\\"\",\"published\":\"2025-03-12\","
                + "\"url\":null,\"text\":\"Line one.\\nLine two.\"}", TextLine.toJsonLine("a.html.gz", page));
    }

    @Test
    void benchDelegatesToTextLine() {
        HtmlPage page = new HtmlPage("T", null, "https://x.example/", "");
        assertEquals(TextLine.toJsonLine("f", page), TextBench.toJsonLine("f", page));
    }
}
