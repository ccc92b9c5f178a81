package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 15, item 7: control characters reach the terminal escaped, whatever the command prints. */
class SafeOutputTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Test
    void escapesAnsiSequencesAndOtherControlsButKeepsLinesTabsAndLetters() {
        PrintStream out = SafeOutput.wrap(bytes);
        out.print("Ruiz said \u001B[2J\u001B]0;owned\u0007 it\rwas\u0000 fine\u007F.\n\tCafé — “naïve” ☃\n");
        assertEquals("Ruiz said \\u001B[2J\\u001B]0;owned\\u0007 it\\u000Dwas\\u0000 fine\\u007F.\n\tCafé — “naïve” ☃\n",
                text());
    }

    @Test
    void escapesTheEightBitControlsOfTheC1Range() {
        SafeOutput.wrap(bytes).print("a\u009B31mb\u0085c\u00A0d");
        assertEquals("a\\u009B31mb\\u0085c\u00A0d", text());
    }

    @Test
    void jsonWithAnEightBitControlStaysValidJsonWithTheSameValue() {
        SafeOutput.wrap(bytes).println(Json.write(java.util.Map.of("quote", "x\u009By\u001Bz")));
        assertEquals("x\u009By\u001Bz", Json.read(text(), JsonNode.class).path("quote").asText());
    }

    @Test
    void progressIsTheOnlyCarriageReturn() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        terminal.progress("[1/2] a\rb.txt");
        terminal.progress("[2/2] \u001B[31mred.txt");
        assertEquals("\r[1/2] a\\u000Db.txt\r[2/2] \\u001B[31mred.txt", err.toString(StandardCharsets.UTF_8));
    }

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
