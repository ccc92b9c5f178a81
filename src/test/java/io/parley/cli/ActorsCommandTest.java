package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: {@code actors} with no name lists every known actor, a page at a time. */
class ActorsCommandTest {

    @TempDir
    Path dir;

    private final MemoryStorage storage = new MemoryStorage();
    private ByteArrayOutputStream out = new ByteArrayOutputStream();
    private ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void listsEveryActorAPageAtATimeFollowingTheToken() throws Exception {
        ingestFourActors();
        List<String> names = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = Json.read(run(Main.OK, next == null ? List.of("actors", "--limit", "3", "--json")
                    : List.of("actors", "--limit", "3", "--next", next, "--json")), JsonNode.class);
            assertTrue(page.path("items").size() <= 3, page.toString());
            page.path("items").forEach(a -> names.add(a.path("name").asText()));
            next = page.path("next").isTextual() ? page.path("next").asText() : null;
        } while (next != null);
        assertEquals(List.of("Karl Boden", "Lena Holm", "Ana Ruiz", "Omar Haddad").stream().sorted().toList(),
                names.stream().sorted().toList());
    }

    @Test
    void theTableShowsIdNameTitleAndCountry() throws Exception {
        ingestFourActors();
        String table = run(Main.OK, List.of("actors"));
        assertTrue(table.lines().findFirst().orElseThrow().matches("ID +NAME +TITLE +COUNTRY +ALIASES"), table);
        assertTrue(table.lines().anyMatch(l -> l.matches("ana-ruiz +Ana Ruiz +.*")), table);
        assertTrue(!table.contains("(more:"), table);
    }

    @Test
    void aTokenNotFromAListingIsAClearError() {
        run(Main.FAILED, List.of("actors", "--next", "bm90LWEtdG9rZW4"));
        assertEquals("parley actors: --next: not a token that an earlier actors listing printed\n",
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLimitOutsideOneToAHundredIsAUsageError() {
        run(Main.USAGE, List.of("actors", "--limit", "0"));
        run(Main.USAGE, List.of("actors", "--limit", "many"));
    }

    private void ingestFourActors() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Talks in Oslo\n\nForeign Minister Ana Ruiz met Premier "
                + "Karl Boden in Oslo on Monday.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Talks in Rabat\n\nForeign Minister Lena Holm met President "
                + "Omar Haddad in Rabat on Friday.\n");
        run(Main.OK, List.of("ingest", "--published", "2026-01-14", a.toString(), b.toString()));
    }

    private String run(int expected, List<String> args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(expected, Main.run(args, terminal, storage), err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }
}
