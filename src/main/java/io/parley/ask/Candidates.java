package io.parley.ask;

import io.parley.store.Page;
import io.parley.store.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads pages of facts from the store until it has them all, hits the cap, or has made {@link #MAX_PAGES}
 * requests (each bounded by the store's read budget), so a question whose filter matches little stops
 * instead of reading the whole table.
 */
public final class Candidates {

    /** The most facts one question reads; documented as a limit in the README. */
    static final int CAP = PageRequest.MAX_BULK;
    /** The most page requests one question makes. */
    static final int MAX_PAGES = 4;

    private Candidates() {
    }

    public static <T> List<T> read(Function<PageRequest, Page<T>> query) {
        return read(query, CAP);
    }

    /** Like {@link #read(Function)}, stopping at {@code cap} facts (at most {@link #CAP}). */
    static <T> List<T> read(Function<PageRequest, Page<T>> query, int cap) {
        List<T> all = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            Page<T> page = query.apply(new PageRequest(cap - all.size(), token));
            all.addAll(page.items());
            token = page.next();
            pages++;
        } while (token != null && all.size() < cap && pages < MAX_PAGES);
        return all;
    }
}
