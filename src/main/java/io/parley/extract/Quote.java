package io.parley.extract;

/**
 * A Quote is one stretch of quoted words: the marks open at {@code open}, the words run over
 * {@code [start, end)}, and {@code closed} says whether a closing mark was found in the paragraph.
 * {@code continued} marks a quote that resumes one left open at the end of the previous paragraph.
 */
record Quote(int open, int start, int end, int paragraph, boolean closed, boolean continued) {

    boolean covers(int offset) {
        return offset >= start && offset < end;
    }
}
