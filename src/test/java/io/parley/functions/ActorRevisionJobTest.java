package io.parley.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.parley.app.Parley;
import io.parley.app.Ports;
import io.parley.app.Settings;
import io.parley.aws.ExtractMessage;
import io.parley.json.Json;
import io.parley.model.MeetingEntry;
import io.parley.ops.Metrics;
import io.parley.store.InMemoryStore;
import io.parley.store.MeetingFilter;
import io.parley.store.PageRequest;
import io.parley.testing.Facts;
import io.parley.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: a "revise actors" job goes through the extract queue as its own message and the extract function
 * runs it; redelivered, or run in another order, it ends in the same profiles.
 */
class ActorRevisionJobTest {

    private final InMemoryStore store = new InMemoryStore();
    private final Deque<String> extracts = new ArrayDeque<>();
    private final List<String> revisions = new ArrayList<>();
    private final Parley parley = Parley.wire(new Ports(store, store.feeds(), extracts::add, Metrics.NONE,
            group -> revisions.add(Json.write(ExtractMessage.revision(group, "c-1")))), Clock.systemUTC(), Settings.defaults());
    private final ExtractFunction function = new ExtractFunction();

    @Test
    void theExtractFunctionRunsQueuedRevisionsAndRunningThemAgainInAnyOrderChangesNothing() {
        function.extract = parley.extract();
        function.revision = parley.actorRevision();
        read("samuel-okafor-in-berlin.txt", LocalDate.of(2026, 4, 1));
        read("grace-okafor-in-accra.txt", LocalDate.of(2026, 4, 3));
        read("okafor-calls-brandt.txt", LocalDate.of(2026, 4, 10));
        assertNotEquals(idOf("samuel-okafor-in-berlin", "Samuel Okafor"), idOf("okafor-calls-brandt", "Okafor"),
                "not revised until the queued jobs run");
        assertFalse(revisions.isEmpty());
        assertEquals("{\"correlationId\":\"c-1\",\"reviseActors\":\"okfr\"}", revisions.get(revisions.size() - 1));

        List<String> jobs = new ArrayList<>(revisions);
        jobs.forEach(this::deliver);
        String samuel = idOf("samuel-okafor-in-berlin", "Samuel Okafor");
        assertEquals(samuel, idOf("okafor-calls-brandt", "Okafor"));
        List<String> settled = state();

        Collections.reverse(jobs);
        jobs.forEach(this::deliver);
        jobs.forEach(this::deliver);
        assertEquals(settled, state());
    }

    @Test
    void aRevisionMessageThatNamesNoGroupIsRejectedWithoutTouchingTheStore() {
        function.extract = parley.extract();
        function.revision = parley.actorRevision();
        function.extract(ExtractMessage.revision("okfr#ACTORS", "c-2"));
        function.extract(ExtractMessage.revision("", "c-3"));
        assertEquals(List.of(), store.allActors(PageRequest.first(10)).items());
    }

    private void deliver(String body) {
        function.extract(Json.read(body, ExtractMessage.class));
    }

    private void read(String name, LocalDate published) {
        String resource = "/actors/revised/" + name;
        String text = new String(Fixtures.bytes(resource), StandardCharsets.UTF_8);
        parley.ingest().ingest(Facts.article(name.replace(".txt", ""), published, text), "test:" + name);
        while (!extracts.isEmpty()) {
            function.extract(new ExtractMessage(extracts.poll(), "c-1"));
        }
    }

    private List<String> state() {
        List<String> out = new ArrayList<>();
        store.allActors(PageRequest.first(100)).items().forEach(p -> out.add(p.toString()));
        store.meetings(new MeetingFilter(null, null, null, null, null), PageRequest.first(100)).items()
                .forEach(m -> out.add(m.articleId() + " " + m.participantIds()));
        return out;
    }

    private String idOf(String article, String name) {
        MeetingEntry entry = store.meetings(new MeetingFilter(null, null, null, null, null), PageRequest.first(100)).items().stream()
                .filter(e -> e.articleId().equals(article)).findFirst().orElseThrow();
        return entry.participantIds().get(entry.meeting().participants().stream().map(a -> a.name()).toList().indexOf(name));
    }
}
