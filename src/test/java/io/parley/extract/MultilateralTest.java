package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import io.parley.model.Meeting;
import io.parley.model.MeetingKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class MultilateralTest {

    private static Meeting only(String body) {
        List<Meeting> ms = Texts.extract(body).meetings();
        assertEquals(1, ms.size());
        return ms.get(0);
    }

    @Test
    void marksSummitAttendedByThreeNamedLeaders() {
        Meeting m = only("President Ivan Petrov, Chancellor Anna Weiss and Prime Minister Kemal Aydin attended "
                + "the BRICS summit in Kazan on Tuesday.");
        assertEquals(MeetingKind.MULTILATERAL, m.kind());
        assertEquals(List.of("Ivan Petrov", "Anna Weiss", "Kemal Aydin"),
                m.participants().stream().map(Actor::name).toList());
        assertEquals("Kazan", m.location());
    }

    @Test
    void marksTrilateralTalks() {
        assertEquals(MeetingKind.MULTILATERAL, only("President Ivan Petrov held trilateral talks with Chancellor "
                + "Anna Weiss and Prime Minister Kemal Aydin.").kind());
    }

    @Test
    void keepsSidelineBilateralInPerson() {
        Meeting m = only("On the sidelines of the BRICS summit, President Ivan Petrov met Chancellor Anna Weiss.");
        assertEquals(MeetingKind.IN_PERSON, m.kind());
        assertEquals(List.of("Ivan Petrov", "Anna Weiss"), m.participants().stream().map(Actor::name).toList());
    }
}
