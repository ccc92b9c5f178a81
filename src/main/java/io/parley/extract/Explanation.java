package io.parley.extract;

import io.parley.model.Extraction;
import java.util.List;

/**
 * An Explanation is a read-only trace of one extraction, sentence by sentence: the mentions found and the
 * entities they resolve to, the speech cues and quotes, the facts each sentence gave with the rule that made
 * them (and the meeting a statement was said at), and notes on why a cue, a meeting trigger or a phrase such as
 * "after the talks" gave nothing. It is for people reading the rules
 * ({@code parley extract --explain}); {@link Extractor#extract} does not build it.
 *
 * @param extraction the extraction itself, exactly as {@link Extractor#extract} returns it
 * @param entities   the article's entities (coreference chains), by id
 * @param sentences  every sentence in text order
 */
public record Explanation(Extraction extraction, List<EntityTrace> entities, List<SentenceTrace> sentences) {

    public Explanation {
        entities = List.copyOf(entities);
        sentences = List.copyOf(sentences);
    }

    /** One entity: an actor of the article with the fullest name its mentions give. */
    public record EntityTrace(int id, String kind, String name, String title, String country) {
    }

    /**
     * One mention: the words as written ({@code text}), what kind of actor they point to, and the entity they
     * resolve to ({@code entity} is -1 when coreference left the mention alone).
     */
    public record MentionTrace(String text, String kind, String name, String title, String country, int entity) {
    }

    /**
     * One sentence at {@code [start, end)} of the text.
     *
     * @param cues   the speech cues found in it ("said", "according to")
     * @param quotes the quoted words that overlap it
     * @param facts  the meetings (numbered as in the extraction, "meeting #0") and statements whose evidence is
     *               this sentence, each with its rule; a statement said at a meeting names it ("said at meeting #0
     *               (after the talks, at-meeting:told-before)")
     * @param notes  why a cue or a meeting trigger in it gave no fact ("cue 'said' but no speaker"), and why a
     *               statement whose sentence holds a placing phrase ("after the talks") was placed at no meeting
     */
    public record SentenceTrace(int index, int start, int end, String text, List<MentionTrace> mentions,
                                List<String> cues, List<String> quotes, List<String> facts, List<String> notes) {

        public SentenceTrace {
            mentions = List.copyOf(mentions);
            cues = List.copyOf(cues);
            quotes = List.copyOf(quotes);
            facts = List.copyOf(facts);
            notes = List.copyOf(notes);
        }
    }
}
