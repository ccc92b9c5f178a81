package io.parley.model;

import java.util.List;

/**
 * An actor as Parley knows it across articles: a stable id, the fullest name seen, the current title (the one
 * seen last) and country, every other spelling met ("Sergei Lavrov", "Lavrov"), and every title with the
 * dates it was seen, in order of first sight.
 */
public record ActorProfile(String id, String name, String title, String country, List<String> aliases,
                           List<TitleSpan> titles) {

    public ActorProfile {
        aliases = List.copyOf(aliases);
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    /** A profile whose one title (if any) has no dates. */
    public ActorProfile(String id, String name, String title, String country, List<String> aliases) {
        this(id, name, title, country, aliases, title == null ? List.of() : List.of(new TitleSpan(title, null, null)));
    }

    public Actor actor() {
        return new Actor(name, title, country);
    }
}
