package io.parley.extract;

import java.util.List;
import java.util.Set;

/**
 * Denials tells a meeting that is not one: cancelled or called off after its trigger ("the meeting with X was
 * cancelled"), or only supposed ("if Petrov meets Weiss", "could meet X if the ceasefire holds", "Will Petrov meet Weiss?").
 */
final class Denials {

    private final PhraseIndex cancelled;
    private final MeetingWords.Grammar grammar;

    Denials(Set<String> cancelled, MeetingWords.Grammar grammar) {
        this.cancelled = new PhraseIndex(cancelled, true);
        this.grammar = grammar;
    }

    /** Whether the meeting of the trigger at {@code [trigger, triggerEnd)} is cancelled or hypothetical. */
    boolean denied(List<Token> toks, int trigger, int triggerEnd) {
        return cancelledAfter(toks, triggerEnd) || conditionBefore(toks, trigger)
                || modalWithCondition(toks, trigger, triggerEnd) || yesNoQuestion(toks);
    }

    /** "Will Petrov meet Weiss?": a sentence that asks whether the meeting happens tells none. */
    private boolean yesNoQuestion(List<Token> toks) {
        return toks.size() > 2 && grammar.questionOpeners().contains(toks.get(0).lower())
                && toks.get(toks.size() - 1).text().equals("?");
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
    private boolean conditionBefore(List<Token> toks, int trigger) {
        for (int i = trigger - 1; i >= 0; i--) {
            String w = toks.get(i).lower();
            if (w.equals(",") || w.equals(";") || w.equals("that")) {
                return false;
            }
            if (grammar.conditions().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** "could meet Weiss if the ceasefire holds": a modal before the trigger and a condition after it. */
    private boolean modalWithCondition(List<Token> toks, int trigger, int triggerEnd) {
        boolean modal = false;
        for (int i = Math.max(0, trigger - 3); i < trigger; i++) {
            modal |= grammar.modals().contains(toks.get(i).lower());
        }
        for (int i = triggerEnd; modal && i < toks.size(); i++) {
            if (grammar.conditions().contains(toks.get(i).lower())) {
                return true;
            }
        }
        return false;
    }
}
