package io.parley.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * template.yaml passes cfn-lint (the reference: it runs the SAM transform and knows current Lambda runtimes)
 * with no error and no warning, and cfn-lint still catches mistakes planted in a copy, so a clean run means
 * something. One cfn-lint run checks them all (it takes several seconds). Skipped where cfn-lint is not
 * installed; {@code .ci/run} requires it.
 */
class TemplateLintTest {

    private static final Path TEMPLATE = Path.of("template.yaml").toAbsolutePath();

    /** A planted mistake: a regex applied once to the real template, and the cfn-lint rule that must report it. */
    private record Mistake(String name, String regex, String replacement, String rule) {
    }

    private static final List<Mistake> MISTAKES = List.of(
            new Mistake("runtime AWS no longer creates", "Runtime: java25", "Runtime: java17", "E2533"),
            new Mistake("misspelled function property", "(?m)^(\\s+)MemorySize:", "$1MemmorySize:", "E0001"),
            new Mistake("Ref to a missing resource", "!Ref ParleyTable\\b", "!Ref ParleyTabel", "E1020"),
            new Mistake("upload queue not in the template", "Queue: !GetAtt IngestQueue.Arn", "Queue: !GetAtt IngestQueu.Arn", "E1010"),
            new Mistake("wrong nested table property", "KeyType: HASH", "KeyTyp: HASH", "E3012"));

    @Test
    void templateIsCleanAndPlantedMistakesAreCaught(@TempDir Path dir) throws Exception {
        Assumptions.assumeTrue(onPath("cfn-lint"), "cfn-lint is not installed");
        String original = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        List<String> files = new ArrayList<>(List.of(TEMPLATE.toString()));
        for (int i = 0; i < MISTAKES.size(); i++) {
            Mistake m = MISTAKES.get(i);
            String mutated = original.replaceFirst(m.regex(), m.replacement());
            assertNotEquals(original, mutated, "planted mistake '" + m.name() + "' no longer applies");
            Path copy = dir.resolve("case" + i + ".yaml");
            Files.writeString(copy, mutated, StandardCharsets.UTF_8);
            files.add(copy.toString());
        }
        List<String> lines = lint(dir, files);

        List<String> onTemplate = lines.stream().filter(l -> l.startsWith(TEMPLATE + ":")).toList();
        assertEquals(List.of(), onTemplate, "cfn-lint reports problems in template.yaml");
        for (int i = 0; i < MISTAKES.size(); i++) {
            String prefix = dir.resolve("case" + i + ".yaml") + ":";
            String rule = ":" + MISTAKES.get(i).rule() + ":";
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(prefix) && l.contains(rule)),
                    "cfn-lint missed '" + MISTAKES.get(i).name() + "':\n" + String.join("\n", lines));
        }
    }

    /** cfn-lint's parseable lines: {@code file:line:col:endLine:endCol:rule:message}. */
    private static List<String> lint(Path dir, List<String> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("cfn-lint", "--format", "parseable", "--"));
        command.addAll(files);
        Path log = dir.resolve("cfn-lint.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("cfn-lint did not finish within 180 s");
        }
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(d -> Files.isExecutable(Path.of(d, program)));
    }
}
