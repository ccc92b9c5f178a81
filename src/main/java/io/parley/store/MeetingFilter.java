package io.parley.store;

import io.parley.model.MeetingKind;
import java.time.LocalDate;

/**
 * Which meetings to list; every field may be {@code null} (no constraint). Dates are inclusive.
 *
 * @param actorId an actor already resolved (a question's actor reference): when given, {@code actor} is not looked up
 */
public record MeetingFilter(String actor, String country, LocalDate from, LocalDate to, MeetingKind kind, String actorId) {

    public MeetingFilter(String actor, String country, LocalDate from, LocalDate to, MeetingKind kind) {
        this(actor, country, from, to, kind, null);
    }

    public static MeetingFilter any() {
        return new MeetingFilter(null, null, null, null, null);
    }
}
