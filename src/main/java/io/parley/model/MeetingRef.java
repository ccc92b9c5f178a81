package io.parley.model;

/**
 * The meeting of the same extraction at which a statement was made ("said after the talks", "told a joint press
 * conference with X"): the meeting's index in {@link Extraction#meetings()}, the words that placed the statement
 * there and the rule that linked them.
 *
 * @param index  the linked meeting's position in the extraction's meetings
 * @param phrase the words of the statement's sentence that place it at the meeting ("after the talks")
 * @param rule   the stable name of the linking rule ({@code at-meeting:same-sentence}, {@code at-meeting:told-before}…)
 */
public record MeetingRef(int index, String phrase, String rule) {

    public MeetingRef {
        if (index < 0) {
            throw new IllegalArgumentException("bad meeting index " + index);
        }
    }
}
