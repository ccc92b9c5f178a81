package io.parley.ask;

import static io.parley.testing.Facts.ARAGHCHI;
import static io.parley.testing.Facts.LAVROV;
import static io.parley.testing.Facts.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Article;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.testing.Facts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the meetings a question found are widened to their whole events: the newest, by first participant. */
class MeetingWideningTest {

    private static final Article TALKS = Facts.article("w1", LocalDate.of(2025, 11, 20),
            "Talks\n\nMOSCOW — Lavrov met Araghchi. Wang met Lavrov. Araghchi met Wang.\n");

    private static MeetingEntry meeting(String sentence, List<String> ids, Actor... who) {
        return new MeetingEntry(TALKS.info().id(), TALKS.info().title(), TALKS.info().published(),
                Facts.meeting(TALKS, sentence, MeetingKind.IN_PERSON, TALKS.info().published(), who), ids);
    }

    private final MeetingEntry lavrov = meeting("Lavrov met Araghchi.", List.of("lavrov", "araghchi"), LAVROV, ARAGHCHI);
    private final MeetingEntry wang = meeting("Wang met Lavrov.", List.of("wang", "lavrov"), WANG, LAVROV);
    private final MeetingEntry araghchi = meeting("Araghchi met Wang.", List.of("araghchi", "wang"), ARAGHCHI, WANG);
    private final MeetingEntry unnamed = meeting("Lavrov met Araghchi.", List.of(), LAVROV, ARAGHCHI);

    @Test
    void theNewestMeetingsAreKeptUntilAFirstParticipantBeyondTheBoundComes() {
        List<MeetingEntry> found = List.of(lavrov, unnamed, lavrov, wang, araghchi, lavrov);

        assertEquals(List.of(lavrov, unnamed, lavrov), MeetingAnswers.newestOf(found, 1));
        assertEquals(List.of(lavrov, unnamed, lavrov, wang), MeetingAnswers.newestOf(found, 2));
        assertEquals(found, MeetingAnswers.newestOf(found, 3));
        assertEquals(List.of(), MeetingAnswers.newestOf(List.of(), 3));
    }
}
