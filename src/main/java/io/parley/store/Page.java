package io.parley.store;

import java.util.List;

/**
 * One page of results and the opaque token that fetches the next, or {@code null} on the last page.
 */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }
}
