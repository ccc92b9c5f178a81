package io.parley.faults;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * NewsGenerator writes short plain-text diplomatic news articles (line 1 the headline) from a seed: two
 * foreign ministers meet in a city, one is quoted, the other reported. Every article is distinct (its round
 * number is in the text), so each has its own id.
 */
final class NewsGenerator {

    private record Minister(String name, String country, String adjective, String pronoun) {
        String surname() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }
    }

    private static final List<Minister> MINISTERS = List.of(
            new Minister("Tomas Varga", "Hungary", "Hungarian", "his"),
            new Minister("Ines Cardoso", "Portugal", "Portuguese", "her"),
            new Minister("Kwame Asante", "Ghana", "Ghanaian", "his"),
            new Minister("Leila Haddad", "Tunisia", "Tunisian", "her"),
            new Minister("Rahul Mehra", "India", "Indian", "his"),
            new Minister("Sofia Lindqvist", "Sweden", "Swedish", "her"),
            new Minister("Diego Fuentes", "Chile", "Chilean", "his"),
            new Minister("Aiko Tanabe", "Japan", "Japanese", "her"));
    private static final List<String> CITIES = List.of("Vienna", "Geneva", "Nairobi", "Lisbon", "Oslo", "Santiago");
    private static final List<String> TOPICS = List.of("trade", "energy", "climate finance", "migration", "fisheries");

    private final Random random;

    NewsGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The {@code n}th article. */
    String article(int n) {
        Minister host = pick(MINISTERS);
        Minister guest = pick(MINISTERS.stream().filter(m -> m != host).toList());
        String city = pick(CITIES);
        String topic = pick(TOPICS);
        int day = 1 + random.nextInt(28);
        return String.format(Locale.ROOT, """
                %s and %s hold round %d of %s talks in %s

                %s, Nov %d — %s Foreign Minister %s met %s %s counterpart %s in %s on Tuesday for round %d of talks on %s.
                "We have agreed to meet again before the end of the year," %s said after the meeting.
                %s said %s government wanted a written agreement on %s within %d months.
                """, host.country(), guest.country(), n, topic, city,
                city.toUpperCase(Locale.ROOT), day, host.adjective(), host.name(), host.pronoun(), guest.adjective(),
                guest.name(), city, n, topic,
                host.surname(),
                guest.surname(), guest.pronoun(), topic, 2 + random.nextInt(10));
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }
}
