package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExplainPrinterTest {

    @Test
    void extractExplainPrintsEachSentenceWithItsMentionsFactsAndNotes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "Envoys confer\n\nMinister Ana Ruiz met Premier Karl Boden in Madrid on Monday. "
                + "Ruiz met reporters afterwards.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, Main.run(List.of("extract", "--explain", file.toString()), terminal));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("3 sentences, 1 meetings, 0 statements"), text);
        assertTrue(text.contains("\n[1] 15-76 Minister Ana Ruiz met Premier Karl Boden in Madrid on Monday.\n"
                + "  mentions: \"Minister Ana Ruiz\" PERSON -> #0; \"Premier Karl Boden\" PERSON -> #1\n"
                + "  => meeting #0 [trigger:met] IN_PERSON HELD [Ana Ruiz, Karl Boden] in Madrid\n"), text);
        assertTrue(text.contains("  !! trigger 'met' with 1 party [Ana Ruiz] and no meeting\n"), text);
    }

    @Test
    void extractExplainPrintsTheMeetingAStatementWasSaidAtAndWhyAnotherWasPlacedAtNone(@TempDir Path dir)
            throws Exception {
        Path file = dir.resolve("b.txt");
        Files.writeString(file, "Envoys confer\n\nMinister Ana Ruiz met Premier Karl Boden in Madrid on Monday.\n"
                + "After the talks, Boden said the two countries would build a new rail link.\n"
                + "After the talks, opposition leader Marta Gil said the rail link would cost too much.\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, Main.run(List.of("extract", "--explain", file.toString()), terminal));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("  => statement [adjacent-subject] Karl Boden (INDIRECT, cue 'said') said at "
                + "meeting #0 (after the talks, at-meeting:told-before)\n"), text);
        assertTrue(text.contains("  !! statement of Marta Gil at no meeting: 'after the talks' fits no meeting: the "
                + "speaker Marta Gil is at no held meeting of a kind it allows\n"), text);
    }
}
