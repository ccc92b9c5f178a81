package io.parley.ask;

import io.parley.actors.ActorRef;
import io.parley.model.MeetingKind;
import java.time.LocalDate;
import java.util.List;

/**
 * What Parley understood of a question.
 *
 * @param intent       who said what, or who met whom
 * @param speaker      the speaker asked about, resolved to one actor (id and fullest name), or {@code null}
 * @param participants the people who must take part in a meeting, each resolved to one actor
 * @param countries    countries whose officials must speak or take part
 * @param topic        a topic of the topic lexicon, or {@code null}
 * @param about        what the answer should be about, as the question put it ("Iran's nuclear programme")
 * @param words        the words the answer should be about
 * @param location     a meeting place, or {@code null}
 * @param kind         {@code PHONE_CALL} or {@code VIDEO_CALL} when asked for, else {@code null}
 * @param latest       whether only the most recent fact is wanted ("when did … last …")
 * @param unknownNames names in the question that match no known actor
 */
public record Question(Intent intent, ActorRef speaker, List<ActorRef> participants, List<String> countries, String topic,
                       String about, List<String> words, LocalDate from, LocalDate to, String location, MeetingKind kind, boolean latest,
                       List<String> unknownNames) {

    /** What a question asks for. */
    public enum Intent {
        /** Who said what. */
        STATEMENTS,
        /** Who met whom. */
        MEETINGS
    }

    public Question {
        participants = List.copyOf(participants);
        countries = List.copyOf(countries);
        words = List.copyOf(words);
        unknownNames = List.copyOf(unknownNames);
    }

    boolean asksStatements() {
        return intent == Intent.STATEMENTS;
    }
}
