package io.parley.actors;

import io.parley.model.ActorProfile;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The directory port over a map, for resolver tests: keeps what the resolver decides, as the store would. */
final class MapDirectory implements ActorDirectoryPort {

    final Map<String, ActorProfile> profiles = new TreeMap<>();

    @Override
    public List<ActorProfile> withSurname(String surnameSkeleton) {
        return profiles.values().stream()
                .filter(p -> NameForm.skeleton(NameForm.surname(p.name())).equals(surnameSkeleton)).toList();
    }

    @Override
    public boolean exists(String id) {
        return profiles.containsKey(id);
    }

    String keep(Resolution r) {
        profiles.put(r.profile().id(), r.profile());
        return r.profile().id();
    }
}
