package io.parley.actors;

import io.parley.model.ActorProfile;

/**
 * What {@link ActorResolver} decided for one mention: the profile it denotes (as it should now be stored) and
 * whether that differs from what the directory holds (a new profile, or one enriched), so the store writes only then.
 */
public record Resolution(ActorProfile profile, boolean changed) {
}
