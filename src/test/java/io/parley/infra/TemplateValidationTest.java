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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * template.yaml is valid SAM/CloudFormation, checked offline by infra/validate/validate-template.js
 * (the SAM CLI cannot be installed on the build machines). The second test proves the validator
 * actually catches typical mistakes, so a green first test means something.
 */
class TemplateValidationTest {

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final Path VALIDATOR_DIR = PROJECT.resolve("infra/validate");
    private static final Path VALIDATOR = VALIDATOR_DIR.resolve("validate-template.js");
    private static final Path TEMPLATE = PROJECT.resolve("template.yaml");

    /** Output and exit code of one process run. */
    private record Run(int exitCode, String output) {}

    @BeforeAll
    static void installValidatorDependencies() throws Exception {
        if (Files.isDirectory(VALIDATOR_DIR.resolve("node_modules"))) {
            return;
        }
        Path log = Files.createDirectories(PROJECT.resolve("target")).resolve("npm-ci-validate.log");
        Run run = run(VALIDATOR_DIR, log, 300, "npm", "ci", "--no-audit", "--no-fund");
        assertEquals(0, run.exitCode(), "npm ci in infra/validate failed:\n" + run.output());
    }

    @Test
    void templateIsValid() throws Exception {
        Run run = validate(TEMPLATE);
        assertEquals(0, run.exitCode(), "template.yaml has problems:\n" + run.output());
        assertTrue(run.output().contains("resources valid"), run.output());
    }

    @Test
    void plantedMistakesAreCaught(@TempDir Path dir) throws Exception {
        String original = Files.readString(TEMPLATE, StandardCharsets.UTF_8);
        List<String> failures = new ArrayList<>();

        // Each case: a regex applied once to the real template, and the end of the reported path.
        String[][] cases = {
            {"misspelled function property", "(?m)^(\\s+)MemorySize:", "$1MemmorySize:", "MemmorySize"},
            {"wrong event type", "(?m)^(\\s+Type: )S3$", "$1S4", ".Type"},
            {"Ref to a missing resource", "!Ref ParleyTable\\b", "!Ref ParleyTabel", ""},
            {"wrong nested table property", "KeyType: HASH", "KeyTyp: HASH", "KeySchema[0].KeyTyp"},
        };
        for (int i = 0; i < cases.length; i++) {
            String name = cases[i][0];
            String mutated = original.replaceFirst(cases[i][1], cases[i][2]);
            assertNotEquals(original, mutated, "planted mistake '" + name + "' no longer applies to template.yaml");
            Path copy = dir.resolve("case" + i + ".yaml");
            Files.writeString(copy, mutated, StandardCharsets.UTF_8);

            Run run = validate(copy);
            String planted = mutatedWord(cases[i][2]);
            String pathEnd = cases[i][3];
            boolean named = run.output().lines()
                    .anyMatch(line -> line.contains(planted) && pathOf(line, copy).endsWith(pathEnd));
            if (run.exitCode() != 1 || !named) {
                failures.add(name + " (exit " + run.exitCode() + "):\n" + run.output());
            }
        }
        if (!failures.isEmpty()) {
            fail("validator missed planted mistakes:\n" + String.join("\n", failures));
        }
    }

    /** The misspelled word a case plants, e.g. "MemmorySize" from "$1MemmorySize:". */
    private static String mutatedWord(String replacement) {
        String word = replacement.replace("$1", "").replace("!Ref ", "").replace(":", " ").trim();
        return word.split("\\s+")[0];
    }

    /** "file: Resources.X.Properties.Y: message" -> "Resources.X.Properties.Y". */
    private static String pathOf(String line, Path file) {
        String prefix = file + ": ";
        if (!line.startsWith(prefix)) {
            return "";
        }
        String rest = line.substring(prefix.length());
        int end = rest.indexOf(": ");
        return end < 0 ? "" : rest.substring(0, end);
    }

    private static Run validate(Path template) throws Exception {
        Path log = Files.createTempFile("validate-template", ".log");
        try {
            return run(PROJECT, log, 60, "node", VALIDATOR.toString(), template.toString());
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Runs a command with its output in a file (never inherited: surefire owns our stdout). */
    private static Run run(Path workDir, Path log, long timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " did not finish within " + timeoutSeconds + " s:\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
