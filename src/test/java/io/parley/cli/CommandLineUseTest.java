package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The command line as people use it: --version, --, table widths, CSV, friendly kinds, topics, GraphML, DOT. */
class CommandLineUseTest {

    private static final Storage STORAGE = new MemoryStorage();
    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeAll
    static void storeExamples() {
        try (LocalServer server = LocalServer.start(STORAGE, new java.net.InetSocketAddress("127.0.0.1", 0))) {
            server.ingestExamples();
            for (int i = 0; i < 600 && server.waiting() > 0; i++) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void versionOptionIsTheVersionCommand() {
        assertEquals(Main.OK, run("--version"));
        assertTrue(out().startsWith("parley "), out());

        assertEquals(Main.OK, run("version", "--json"));
        JsonNode json = Json.read(out(), JsonNode.class);
        assertTrue(json.path("version").isTextual() && json.path("extractorVersion").isTextual(), out());
    }

    @Test
    void theHelpFitsEightyColumns() {
        assertEquals(Main.OK, run("--help"));
        out().lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
        assertTrue(out().contains("  serve "), out());
    }

    @Test
    void doubleDashEndsTheOptions() throws UsageException {
        Args args = Args.parse(List.of("--json", "--", "--odd-name.txt", "-"), java.util.Set.of(), java.util.Set.of("json"));

        assertTrue(args.flag("json"));
        assertEquals(List.of("--odd-name.txt", "-"), args.positionals());
    }

    @Test
    void tablesFitEightyColumns() {
        assertEquals(Main.OK, run("meetings", "--limit", "20"));
        assertTrue(out().lines().count() > 5, out());
        out().lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));

        assertEquals(Main.OK, run("statements", "--limit", "20"));
        out().lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
    }

    @Test
    void eventsTakeTheOptionsOfMeetingsAndNameTheEventOfEachMeeting() {
        assertEquals(Main.OK, run("events", "--actor", "Lavrov", "--kind", "phone call", "--json"));
        JsonNode events = Json.read(out(), JsonNode.class).path("items");
        assertEquals(Main.OK, run("meetings", "--actor", "Lavrov", "--kind", "phone call", "--json"));
        JsonNode meetings = Json.read(out(), JsonNode.class).path("items");

        assertFalse(events.isEmpty());
        java.util.Set<String> eventIds = new java.util.TreeSet<>();
        events.forEach(e -> eventIds.add(e.path("id").asText()));
        meetings.forEach(m -> assertTrue(eventIds.contains(m.path("eventId").asText()), m.toString()));
        assertEquals(Main.OK, run("events", "--limit", "20"));
        out().lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
        assertEquals(Main.USAGE, run("events", "--colour", "red"));
    }

    @Test
    void csvKeepsWholeCellsAndQuotesThem() {
        assertEquals(Main.OK, run("meetings", "--format", "csv", "--actor", "Lavrov"));
        List<String> lines = out().lines().toList();

        assertEquals("DATE,KIND,PARTICIPANTS,WHERE,EVIDENCE", lines.get(0));
        assertTrue(lines.stream().skip(1).anyMatch(l -> l.contains("\"Sergey Lavrov, Abbas Araghchi\"")), out());
        assertTrue(lines.stream().noneMatch(l -> l.contains("…")), out());
    }

    @Test
    void kindAcceptsWhatTheTableShows() {
        assertEquals(Main.OK, run("meetings", "--kind", "phone call", "--json"));
        JsonNode items = Json.read(out(), JsonNode.class).path("items");

        assertFalse(items.isEmpty());
        items.forEach(i -> assertEquals("PHONE_CALL", i.path("meeting").path("kind").asText()));
        assertEquals(Main.OK, run("meetings", "--kind", "PHONE_CALL", "--json"));
        assertEquals(items.size(), Json.read(out(), JsonNode.class).path("items").size());
    }

    @Test
    void anUnknownTopicSaysSoAndNamesTheKnownOnes() {
        assertEquals(Main.USAGE, run("statements", "--topic", "weather"));
        assertTrue(err().contains("unknown topic 'weather'") && err().contains("sanctions"), err());

        assertEquals(Main.OK, run("statements", "--topic", "Sanctions"));
    }

    @Test
    void graphAsGraphMlAndAsReadableDot() {
        assertEquals(Main.OK, run("graph", "--format", "graphml"));
        String xml = out();
        assertTrue(xml.startsWith("<?xml") && xml.contains("<graphml"), xml);
        assertTrue(xml.contains("<node id=\"kaja-kallas\"><data key=\"n_name\">Kaja Kallas</data>"), xml);
        assertTrue(xml.contains("<data key=\"e_kind\">PHONE_CALL</data>"), xml);

        assertEquals(Main.OK, run("graph", "--format", "dot"));
        assertTrue(out().contains("layout=neato; overlap=false"), out());
    }

    @Test
    void actorsListsTheIdsTimelineTakes() {
        assertEquals(Main.OK, run("actors", "Santoso"));
        assertTrue(out().contains("budi-santoso") && out().contains("ahmad-santoso"), out());

        assertEquals(Main.OK, run("actors", "--country", "Iran", "--json"));
        JsonNode json = Json.read(out(), JsonNode.class);
        assertTrue(json.toString().contains("\"id\":\"abbas-araghchi\""), out());
        json.forEach(a -> assertEquals("Iran", a.path("country").asText()));

        assertEquals(Main.USAGE, run("actors", "Santoso", "--country", "Iran"));
        assertEquals(Main.USAGE, run("actors", "Santoso", "--limit", "5"));
    }

    @Test
    void actorsWithNoArgumentListsAPageThatFitsEightyColumns() {
        assertEquals(Main.OK, run("actors", "--limit", "5"));
        out().lines().forEach(l -> assertTrue(l.length() <= 80, l.length() + ": " + l));
        assertTrue(out().contains("(more: run again with --next and this token)"), out());
    }

    @Test
    void graphMlEscapesMarkupAndDropsForbiddenCharacters() {
        assertEquals("a &lt;b&gt; &amp; &quot;c&quot;", GraphMl.escape("a <b> & \"c\"\u0001"));
    }

    @Test
    void aNarrowTableCutsTheLastColumnThenTheWidest() {
        int[] textOnly = TextTable.fit(new int[] {10, 12, 30, 70}, 80);
        int[] both = TextTable.fit(new int[] {10, 12, 60, 70}, 80);

        assertEquals(List.of(10, 12, 30, 22), java.util.Arrays.stream(textOnly).boxed().toList());
        assertEquals(10, both[0]);
        assertEquals(12, both[1]);
        assertEquals(16, both[3]);
        assertEquals(80, java.util.Arrays.stream(both).sum() + 2 * 3);
    }

    private int run(String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return Main.run(List.of(args), terminal, STORAGE);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
