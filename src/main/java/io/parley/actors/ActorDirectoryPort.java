package io.parley.actors;

import io.parley.model.ActorProfile;
import java.util.List;

/** What {@link ActorResolver} reads of the actor directory; the store implements it over its table. */
public interface ActorDirectoryPort {

    /** Every profile filed under this surname skeleton ({@link NameForm#skeleton} of {@link NameForm#surname}). */
    List<ActorProfile> withSurname(String surnameSkeleton);

    /** Whether a profile with this id exists. */
    boolean exists(String id);
}
