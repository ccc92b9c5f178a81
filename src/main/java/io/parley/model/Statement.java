package io.parley.model;

import java.util.List;

/**
 * What one speaker said in one sentence, tied to that sentence.
 *
 * @param cue     the word or phrase that marks the speech ("said", "according to")
 * @param quote   the verbatim quoted words (a substring of the article), or {@code null}
 * @param content what was said, as reported
 * @param rule    the stable name of the attribution rule (sieve) that produced it
 * @param meeting the meeting of the same article at which it was said, or {@code null} when the article does not
 *                place it at one
 */
public record Statement(Actor speaker, StatementKind kind, String cue, String quote, String content,
                        List<String> topics, Span evidence, String rule, MeetingRef meeting) {

    public Statement {
        topics = List.copyOf(topics);
    }

    /** A statement not placed at any meeting. */
    public Statement(Actor speaker, StatementKind kind, String cue, String quote, String content,
                     List<String> topics, Span evidence, String rule) {
        this(speaker, kind, cue, quote, content, topics, evidence, rule, null);
    }

    /** The same statement placed at a meeting of its extraction ({@code null}: at none). */
    public Statement atMeeting(MeetingRef at) {
        return new Statement(speaker, kind, cue, quote, content, topics, evidence, rule, at);
    }
}
