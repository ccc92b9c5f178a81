package io.parley.events;

/**
 * What became of a planned meeting.
 *
 * @param state  {@code HELD} when a later report of the meeting taking place was found, {@code OVERDUE} when its
 *               date (or, undated, {@link FollowUps#UNDATED_GRACE_DAYS} after it was reported) has passed with no
 *               such report, else {@code PENDING}
 * @param heldId the held event's id when {@code HELD}, else {@code null}
 */
public record PlanOutcome(State state, String heldId) {

    /** The states of a plan. */
    public enum State { HELD, OVERDUE, PENDING }
}
