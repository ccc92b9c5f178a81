package io.parley.store;

import java.util.List;
import java.util.Map;

/**
 * What one revision of a directory group did.
 *
 * @param group     the surname skeleton revised
 * @param mentions  the current mentions read
 * @param written   the ids of the profiles written (new, or changed)
 * @param moved     the mentions filed under another profile
 * @param refiled   the articles filed again
 * @param redirects the profiles absorbed (old id → survivor)
 */
public record ActorsRevised(String group, int mentions, List<String> written, int moved, int refiled,
                            Map<String, String> redirects) {

    public ActorsRevised {
        written = List.copyOf(written);
        redirects = Map.copyOf(redirects);
    }

    /** Whether nothing had to change. */
    public boolean nothing() {
        return written.isEmpty() && moved == 0 && redirects.isEmpty();
    }
}
