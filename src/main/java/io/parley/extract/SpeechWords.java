package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.Set;

/**
 * SpeechWords holds the word lists of speaker attribution beyond the cues: documents that speak for a body
 * ("statement", "readout"), spokespeople, the heads of plural speakers ("leaders", "ministers") and the cues that
 * name a meeting's topic when a group is their subject ("talked about").
 */
record SpeechWords(Set<String> documents, Set<String> spokespeople, Set<String> groupHeads, Set<String> topicCues) {

    /** Reads the lists from {@code /lexicon/}. */
    static SpeechWords load() {
        return new SpeechWords(Lexicon.lowerSet("documents.txt"), Lexicon.lowerSet("spokespeople.txt"),
                Lexicon.lowerSet("group-heads.txt"), Lexicon.lowerSet("topic-cues.txt"));
    }
}
