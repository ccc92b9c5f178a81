package io.parley.actors;

import io.parley.model.ActorProfile;
import java.util.List;
import java.util.Set;

/** What {@link ActorResolver} reads of the actor directory; the store implements it over its table. */
public interface ActorDirectoryPort {

    /** Every profile filed under this surname skeleton ({@link NameForm#skeleton} of {@link NameForm#surname}). */
    List<ActorProfile> withSurname(String surnameSkeleton);

    /** Whether a profile with this id exists. */
    boolean exists(String id);

    /**
     * The name keys of the people this actor was seen with (co-participants), which favour it over a namesake.
     * The table's directory does not keep them; {@link ActorRevision} knows them from the mentions it reads.
     */
    default Set<String> partners(String id) {
        return Set.of();
    }
}
