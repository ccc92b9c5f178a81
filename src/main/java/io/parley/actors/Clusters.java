package io.parley.actors;

import io.parley.model.ActorProfile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The directory a revision rebuilds in memory: the profiles the resolver makes from the mentions, which
 * mentions each holds, and the people each was seen with ({@link #partners}), which the table's directory
 * does not keep.
 */
final class Clusters implements ActorDirectoryPort {

    private final Map<String, ActorProfile> profiles = new LinkedHashMap<>();
    private final Map<String, List<Mention>> members = new LinkedHashMap<>();

    @Override
    public List<ActorProfile> withSurname(String surnameSkeleton) {
        return profiles.values().stream()
                .filter(p -> NameForm.skeleton(NameForm.surname(p.name())).equals(surnameSkeleton)).toList();
    }

    @Override
    public boolean exists(String id) {
        return profiles.containsKey(id);
    }

    @Override
    public Set<String> partners(String id) {
        Set<String> own = new HashSet<>();
        ActorMatch.names(profiles.get(id)).forEach(n -> own.add(NameForm.key(n)));
        Set<String> seen = new HashSet<>();
        members.getOrDefault(id, List.of()).forEach(m -> seen.addAll(m.context().names()));
        seen.removeAll(own);
        return seen;
    }

    /** Files the mention under the profile the resolver decided. */
    void keep(Resolution resolution, Mention mention) {
        String id = resolution.profile().id();
        profiles.put(id, resolution.profile());
        members.computeIfAbsent(id, k -> new ArrayList<>()).add(mention);
    }

    List<ActorProfile> profiles() {
        return List.copyOf(profiles.values());
    }

    List<Mention> members(String id) {
        return members.getOrDefault(id, List.of());
    }
}
