package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Actor;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThingNamesTest {

    @Test
    void keepsTransportCorridorOutOfParticipants() {
        List<String> names = Texts.extract("Prime Minister Ivan Petrov held talks with President Kemal Aydin on "
                + "Monday, with trade and the International North-South Transport Corridor topping the agenda.")
                .meetings().get(0).participants().stream().map(Actor::name).toList();
        assertEquals(List.of("Ivan Petrov", "Kemal Aydin"), names);
    }

    @Test
    void dropsOneWordNameBeforeThingNoun() {
        Doc doc = Texts.doc(Texts.HEADLINE + "Minister Ivan Petrov praised the Rasht-Astara railway.");
        assertEquals(List.of("Ivan Petrov"), doc.mentions(1).stream().map(Mention::name).toList());
    }

    @Test
    void dropsDatelineOutletInBrackets() {
        Doc doc = Texts.doc(Texts.HEADLINE + "MOSCOW (Baltic Courier) - Minister Ivan Petrov said trade grew.");
        List<Mention> ms = doc.mentions(1);
        assertEquals(List.of("Ivan Petrov"), ms.stream().map(Mention::name).toList());
        assertEquals(Texts.HEADLINE.length() + 26, ms.get(0).start());
    }
}
