package io.parley.store;

import io.parley.model.MeetingKind;
import java.time.LocalDate;

/** Which meetings to list; every field may be {@code null} (no constraint). Dates are inclusive. */
public record MeetingFilter(String actor, String country, LocalDate from, LocalDate to, MeetingKind kind) {

    public static MeetingFilter any() {
        return new MeetingFilter(null, null, null, null, null);
    }
}
