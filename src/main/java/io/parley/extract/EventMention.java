package io.parley.extract;

import io.parley.model.MeetingKind;
import io.parley.model.MeetingStatus;
import java.util.List;

/**
 * An EventMention is one report of an interaction in one sentence, before the article is read as a whole: its
 * trigger, the kind the trigger and its sentence give, its status, the parties named around it, and the slots
 * it leaves for other sentences to fill (a group anaphor such as "the two leaders", a visited country whose
 * leader is named elsewhere).
 *
 * @param trigger   the trigger's first token in the sentence
 * @param phrase    the trigger phrase as the lexicon spells it
 * @param own       the kind of the trigger itself
 * @param strongest the strongest kind of any trigger in the sentence (a call beats a meeting)
 * @param parties   entity ids of the parties named in the trigger's clause, subject first
 * @param group     whether the clause refers to the parties as a group ("both sides", "the two leaders", "they")
 * @param separate  whether the subject (the first party) meets each other party on its own ("held bilateral
 *                  talks with A, B and C")
 * @param countries the countries the trigger lists, two or more, each met on its own ("has called the leaders of A,
 *                  B and C", "a tour that will take them to A, B and C"); empty for no such list
 * @param window    the tokens {@code [start, end)} whose past markers date this trigger ("who visited Kenya last
 *                  year, held talks on Tuesday": "last year" dates the visit only), and the first trigger of the
 *                  sentence, before which a marker dates them all ("Last year, X visited Oslo and met Y")
 * @param again     whether "again" follows the trigger ("met X on Monday and will meet her again in May")
 */
record EventMention(int sentence, int trigger, String phrase, MeetingKind own, MeetingKind strongest,
                    MeetingStatus status, List<Integer> parties, boolean group, boolean separate,
                    List<Integer> countries, Window window, boolean again) {

    /** The tokens of a sentence that belong to one trigger, and where the sentence's first trigger starts. */
    record Window(int start, int end, int firstTrigger) {
    }

    /** The stable name of the rule that found this mention. */
    String rule() {
        return "trigger:" + phrase;
    }

    /** Whether the trigger is a visit ("visited", "visit to", "state visit"). */
    boolean isVisit() {
        return phrase.startsWith("visit");
    }

    EventMention withParties(List<Integer> newParties) {
        return new EventMention(sentence, trigger, phrase, own, strongest, status, List.copyOf(newParties), group,
                separate, countries, window, again);
    }
}
