package io.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * Denials tells a meeting that is not one: cancelled or called off after its trigger ("the meeting with X was
 * cancelled"), or only supposed ("if Petrov meets Weiss", "could meet X if the ceasefire holds").
 */
final class Denials {

    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    private static final Set<String> MODALS = Set.of("could", "would", "might", "should");

    private final PhraseIndex cancelled;

    Denials(Set<String> cancelled) {
        this.cancelled = new PhraseIndex(cancelled, true);
    }

    /** Whether the meeting of the trigger at {@code [trigger, triggerEnd)} is cancelled or hypothetical. */
    boolean denied(List<Token> toks, int trigger, int triggerEnd) {
        return cancelledAfter(toks, triggerEnd) || conditionBefore(toks, trigger)
                || modalWithCondition(toks, trigger, triggerEnd);
    }

    private boolean cancelledAfter(List<Token> toks, int from) {
        for (int i = from; i < toks.size(); i++) {
            if (toks.get(i).text().equals(";")) {
                return false;
            }
            if (cancelled.match(toks, i) > 0) {
                return true;
            }
        }
        return false;
    }

    /** "If Petrov meets Weiss, …": a condition opens the trigger's clause. */
    private static boolean conditionBefore(List<Token> toks, int trigger) {
        for (int i = trigger - 1; i >= 0; i--) {
            String w = toks.get(i).lower();
            if (w.equals(",") || w.equals(";") || w.equals("that")) {
                return false;
            }
            if (CONDITIONS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "could meet Weiss if the ceasefire holds": a modal before the trigger and a condition after it. */
    private static boolean modalWithCondition(List<Token> toks, int trigger, int triggerEnd) {
        boolean modal = false;
        for (int i = Math.max(0, trigger - 3); i < trigger; i++) {
            modal |= MODALS.contains(toks.get(i).lower());
        }
        for (int i = triggerEnd; modal && i < toks.size(); i++) {
            if (CONDITIONS.contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
