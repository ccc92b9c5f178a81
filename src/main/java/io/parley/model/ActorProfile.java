package io.parley.model;

import java.util.List;

/**
 * An actor as Parley knows it across articles: a stable id, the fullest name seen, title and country, and
 * every other spelling met ("Sergei Lavrov", "Lavrov").
 */
public record ActorProfile(String id, String name, String title, String country, List<String> aliases) {

    public ActorProfile {
        aliases = List.copyOf(aliases);
    }

    public Actor actor() {
        return new Actor(name, title, country);
    }
}
