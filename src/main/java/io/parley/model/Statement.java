package io.parley.model;

import java.util.List;

/**
 * What one speaker said in one sentence, tied to that sentence.
 *
 * @param cue     the word or phrase that marks the speech ("said", "according to")
 * @param quote   the verbatim quoted words (a substring of the article), or {@code null}
 * @param content what was said, as reported
 * @param rule    the stable name of the attribution rule (sieve) that produced it
 */
public record Statement(Actor speaker, StatementKind kind, String cue, String quote, String content,
                        List<String> topics, Span evidence, String rule) {

    public Statement {
        topics = List.copyOf(topics);
    }
}
