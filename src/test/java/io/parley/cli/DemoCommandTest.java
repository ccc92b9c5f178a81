package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code demo} with the project's starting article beside the checkout, and without it; all in memory. */
class DemoCommandTest {

    private static final String STARTING_ARTICLE = """
            Ruiz and Berg meet in Valletta on fishing quotas

            VALLETTA, Nov 24 (Example Wire) - Spanish Foreign Minister Ana Ruiz met Swedish Foreign Minister Tomas \
            Berg in Valletta on Monday to discuss fishing quotas in the Mediterranean.

            "We agreed that the quotas must follow the science," Ruiz told reporters after the meeting.
            """;

    @TempDir
    Path dir;

    @Test
    void ingestsTheStartingArticleBesideTheExamples() throws Exception {
        Path article = dir.resolve("seed.txt");
        Files.writeString(article, STARTING_ARTICLE, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("seed.meta.json"), "{\"published\": \"2025-11-24\"}", StandardCharsets.UTF_8);

        String out = demo(Optional.of(article));

        List<String> digests = out.lines().filter(l -> l.matches("2025-\\d\\d-\\d\\d  .+")).toList();
        assertEquals(9, digests.size(), out);
        assertEquals("2025-11-24  Ruiz and Berg meet in Valletta on fishing quotas", digests.get(8));
        String afterHeading = out.substring(out.indexOf("== The project's starting article ("));
        assertTrue(afterHeading.indexOf("Ruiz and Berg meet") < afterHeading.indexOf("== Questions"), out);
    }

    @Test
    void saysPlainlyWhenTheStartingArticleIsMissing() throws Exception {
        Path missing = dir.resolve("seed.txt");

        String out = demo(Optional.of(missing));

        assertTrue(out.replaceAll("\\s+", " ").contains("Not there (" + missing + "): only the shipped examples are used."),
                out);
        assertEquals(8, out.lines().filter(l -> l.matches("2025-\\d\\d-\\d\\d  .+")).count(), out);
    }

    @Test
    void everyLineOfTheWholeOutputFitsEightyColumns() throws Exception {
        Path article = dir.resolve("seed.txt");
        Files.writeString(article, STARTING_ARTICLE, StandardCharsets.UTF_8);

        List<String> lines = demo(Optional.of(article)).lines().toList();

        assertTrue(lines.size() > 40, "the demo printed " + lines.size() + " lines");
        lines.forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
        assertFalse(lines.stream().anyMatch(l -> l.endsWith(" ")), "a line ends with a space");
    }

    private static String demo(Optional<Path> startingArticle) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(Main.OK, new DemoCommand(new MemoryStorage(), startingArticle).run(List.of(), terminal));
        return out.toString(StandardCharsets.UTF_8);
    }
}
