package io.parley.ask;

import io.parley.store.Page;
import io.parley.store.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads pages of facts from the store until it has them all or hits the cap. */
public final class Candidates {

    /** The most facts one question reads; documented as a limit in the README. */
    static final int CAP = PageRequest.MAX_BULK;

    private Candidates() {
    }

    public static <T> List<T> read(Function<PageRequest, Page<T>> query) {
        List<T> all = new ArrayList<>();
        String token = null;
        do {
            Page<T> page = query.apply(new PageRequest(CAP - all.size(), token));
            all.addAll(page.items());
            token = page.next();
        } while (token != null && all.size() < CAP);
        return all;
    }
}
