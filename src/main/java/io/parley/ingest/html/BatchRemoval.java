package io.parley.ingest.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * BatchRemoval takes many elements out of a tree at once, rebuilding each parent's child list a single time.
 * Removing children one by one costs jsoup a scan of the parent's child list each time, which is quadratic in a
 * parent with many children (a table of thousands of rows, or the flat tail jsoup makes of markup nested
 * deeper than its depth limit); this stays linear in the size of the tree.
 */
final class BatchRemoval {

    private final Map<Element, Set<Node>> byParent = new IdentityHashMap<>();

    /** Marks an element for removal; it stays in the tree until {@link #apply()}. */
    void add(Element e) {
        Element parent = e.parent();
        if (parent != null) {
            byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(e);
        }
    }

    /** Removes every marked element. */
    void apply() {
        byParent.forEach(BatchRemoval::removeChildren);
        byParent.clear();
    }

    private static void removeChildren(Element parent, Set<Node> gone) {
        if (gone.size() == 1) {
            gone.iterator().next().remove();
            return;
        }
        List<Node> kept = new ArrayList<>(parent.childNodeSize());
        for (Node child : parent.childNodes()) {
            if (!gone.contains(child)) {
                kept.add(child);
            }
        }
        parent.empty();
        parent.appendChildren(kept);
    }
}
