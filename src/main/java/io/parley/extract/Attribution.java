package io.parley.extract;

/**
 * An Attribution ties a speech cue in a sentence to the entity that speaks, with the name of the sieve
 * that decided it (so an evaluation miss leads straight to its rule).
 */
record Attribution(int sentence, int entity, Cue cue, int mentionStart, String rule, Mention mention) {
}
