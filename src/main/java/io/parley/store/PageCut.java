package io.parley.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * PageCut makes one page from the facts found in one or more partitions, newest first. When a partition
 * stopped at its read budget, {@code resume} is the lowest fact key it read: facts below it were not all
 * examined, so they are left for the next page, and the token points there even if the page is short (or
 * empty), so the client can go on reading.
 */
final class PageCut {

    private PageCut() {
    }

    static <T> Page<T> of(Map<String, T> found, String resume, int limit) {
        List<String> facts = new ArrayList<>(found.keySet().stream()
                .filter(f -> resume == null || f.compareTo(resume) >= 0).toList());
        facts.sort(Comparator.reverseOrder());
        List<String> shown = facts.subList(0, Math.min(limit, facts.size()));
        String next = facts.size() > limit ? PageToken.encode(shown.get(shown.size() - 1))
                : resume == null ? null : PageToken.encode(resume);
        return new Page<>(shown.stream().map(found::get).toList(), next);
    }

    /** The lower of two resume points (either may be {@code null}: that partition was read to its end). */
    static String higher(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null || a.compareTo(b) >= 0 ? a : b;
    }
}
