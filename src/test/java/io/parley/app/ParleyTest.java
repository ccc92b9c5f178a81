package io.parley.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.parley.ask.Answer;
import io.parley.service.IngestOutcome;
import io.parley.service.Upload;
import io.parley.store.InMemoryStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParleyTest {

    /** 23:30 UTC on 30 November is already 1 December in Tokyo. */
    private static final Clock TOKYO = Clock.fixed(Instant.parse("2025-11-30T23:30:00Z"), ZoneId.of("Asia/Tokyo"));

    @Test
    void theClockIsUtcWhateverZoneIsPassed() {
        Parley parley = wire(TOKYO);

        assertEquals(ZoneOffset.UTC, parley.clock().getZone());
        assertEquals(TOKYO.instant(), parley.clock().instant());
    }

    @Test
    void todayForAQuestionIsTheUtcDate() {
        Answer answer = wire(TOKYO).ask().ask("What was said this month?");

        assertEquals(LocalDate.of(2025, 11, 1), answer.interpretation().from());
        assertEquals(LocalDate.of(2025, 11, 30), answer.interpretation().to());
    }

    @Test
    void eachServiceIsBuiltOnceAndShared() {
        Parley parley = wire(TOKYO);

        assertSame(parley.extract(), parley.extract());
        assertSame(parley.ask(), parley.ask());
        assertSame(parley.api(), parley.api());
    }

    @Test
    void ingestQueuesOnThePortsQueue() {
        InMemoryStore store = new InMemoryStore();
        List<String> queued = new ArrayList<>();
        Parley parley = Parley.wire(new Ports(store, store.feeds(), queued::add), TOKYO, Settings.defaults());

        var outcome = parley.ingest().ingest(Upload.of("test",
                "Envoys meet in Oslo\n\nThe Norwegian and Swedish envoys met in Oslo.\n".getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of(((IngestOutcome.New) outcome).articleId()), queued);
        assertEquals(TOKYO.instant(), store.find(queued.get(0)).orElseThrow().ingestedAt());
    }

    private static Parley wire(Clock clock) {
        InMemoryStore store = new InMemoryStore();
        return Parley.wire(new Ports(store, store.feeds(), id -> { }), clock, Settings.defaults());
    }
}
