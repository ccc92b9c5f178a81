package io.parley.extract;

/**
 * A Cue is a speech cue ("said", "according to") at tokens {@code [first, last)} of a sentence, text
 * offsets {@code [start, end)}; {@code after} says its speaker may follow it ("said Lavrov").
 */
record Cue(int sentence, int first, int last, int start, int end, String text, boolean after) {
}
