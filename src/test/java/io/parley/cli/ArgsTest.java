package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArgsTest {

    @Test
    void separatesOptionsSwitchesAndPositionals() throws UsageException {
        Args args = Args.parse(List.of("--published", "2025-11-19", "a.txt", "--json", "b.txt"),
                Set.of("published"), Set.of("json"));

        assertEquals(Optional.of("2025-11-19"), args.option("published"));
        assertTrue(args.flag("json"));
        assertEquals(List.of("a.txt", "b.txt"), args.positionals());
    }

    @Test
    void acceptsInlineValues() throws UsageException {
        assertEquals(Optional.of("json"), Args.parse(List.of("--format=json"), Set.of("format"), Set.of()).option("format"));
    }

    @Test
    void rejectsUndeclaredOptionsAndMissingValues() {
        assertThrows(UsageException.class, () -> Args.parse(List.of("--nope"), Set.of(), Set.of()));
        assertThrows(UsageException.class, () -> Args.parse(List.of("--from"), Set.of("from"), Set.of()));
    }
}
