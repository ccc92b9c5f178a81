package io.parley.ask;

import io.parley.model.MeetingKind;
import java.time.LocalDate;
import java.util.List;

/**
 * A question as read, before its names are looked up: {@link Question} without the resolution of people.
 *
 * @param names the capitalised spans that may name people, in order (countries and the meeting place removed)
 */
record ParsedQuestion(Question.Intent intent, List<String> names, List<String> countries, String topic, String about,
                      List<String> words, LocalDate from, LocalDate to, String location, MeetingKind kind, boolean latest) {

    ParsedQuestion {
        names = List.copyOf(names);
        countries = List.copyOf(countries);
        words = List.copyOf(words);
    }
}
