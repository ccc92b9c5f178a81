package io.parley.actors;

import io.parley.model.ActorProfile;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What {@link ActorRevision} decided for one directory group: the profiles to write (new, or changed by the
 * mentions they now hold), the stored profiles absorbed by another (old id → survivor: the old id is kept as a
 * redirect) and the mentions that move to another profile.
 */
public record Revision(List<ActorProfile> profiles, Map<String, String> redirects, List<Move> moves) {

    public Revision {
        profiles = List.copyOf(profiles);
        redirects = Map.copyOf(redirects);
        moves = List.copyOf(moves);
    }

    /** One mention filed under another profile than it should be. */
    public record Move(Mention mention, String to) {
    }

    /** Nothing to change: the group is as the mentions say. */
    public boolean isEmpty() {
        return profiles.isEmpty() && redirects.isEmpty() && moves.isEmpty();
    }

    /** The articles whose facts must be filed again. */
    public Set<String> articles() {
        Set<String> out = new TreeSet<>();
        moves.forEach(m -> out.add(m.mention().articleId()));
        return out;
    }
}
