package io.parley.actors;

import io.parley.model.ActorProfile;

/**
 * What {@link ActorResolver} decided for one mention: the profile it denotes (as it should now be stored),
 * whether that differs from what the directory holds (a new profile, or one enriched), so the store writes only
 * then, and whether it brought new evidence to a surname with other profiles (a new profile beside them) or to a
 * known profile (a new spelling, country or title; not just a title seen on another date), so the profiles of
 * its surname should be revised ({@link ActorRevision}).
 */
public record Resolution(ActorProfile profile, boolean changed, boolean revisit) {

    public Resolution(ActorProfile profile, boolean changed) {
        this(profile, changed, false);
    }

    /** The skeleton of the profile's surname: the group of the directory it is listed in, and revised with. */
    public String group() {
        return NameForm.skeleton(NameForm.surname(profile.name()));
    }
}
