package io.parley.extract;

/** A Sentence is a stretch {@code [start, end)} of the article text inside one paragraph. */
record Sentence(int index, int start, int end, int paragraph) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    boolean overlaps(int from, int to) {
        return Math.min(end, to) > Math.max(start, from);
    }
}
