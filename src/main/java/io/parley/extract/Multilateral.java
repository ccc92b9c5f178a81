package io.parley.extract;

import io.parley.model.MeetingKind;
import java.util.List;
import java.util.Set;

/**
 * Multilateral tells a gathering of many parties from a meeting of two: talks called "trilateral" or
 * "multilateral", or three or more named participants at a summit, conference, forum or council session.
 * A meeting "on the sidelines of" a summit stays a meeting of its own parties.
 */
final class Multilateral {

    private static final Set<String> EXPLICIT = Set.of("trilateral", "multilateral");
    private static final Set<String> SIDELINES = Set.of("sidelines", "sideline");

    private final Set<String> gatherings;

    Multilateral(Set<String> gatherings) {
        this.gatherings = gatherings;
    }

    /** The kind of a meeting with {@code parties} named parties, in a sentence whose strongest trigger is given. */
    MeetingKind kind(List<Token> toks, MeetingKind strongest, int parties) {
        if (strongest == MeetingKind.PHONE_CALL || strongest == MeetingKind.VIDEO_CALL) {
            return strongest;
        }
        boolean gathering = parties >= 3 && has(toks, gatherings) && !has(toks, SIDELINES);
        if (has(toks, EXPLICIT) || gathering) {
            return MeetingKind.MULTILATERAL;
        }
        return strongest == MeetingKind.MULTILATERAL ? MeetingKind.IN_PERSON : strongest;
    }

    /** A gathering trigger ("attended", "summit") makes a meeting only with three parties, or when it says so. */
    boolean enough(List<Token> toks, MeetingKind trigger, int parties) {
        return trigger != MeetingKind.MULTILATERAL || parties >= 3 || has(toks, EXPLICIT);
    }

    /** Whether the sentence names a gathering or its sidelines. */
    boolean namesGathering(List<Token> toks) {
        return has(toks, gatherings) || has(toks, SIDELINES);
    }

    /** Whether the sentence tells something "on the sidelines of" a gathering. */
    boolean onSidelines(List<Token> toks) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (SIDELINES.contains(toks.get(i).lower()) && toks.get(i + 1).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says "trilateral" or "multilateral". */
    boolean explicit(List<Token> toks) {
        return has(toks, EXPLICIT);
    }

    private static boolean has(List<Token> toks, Set<String> words) {
        for (Token t : toks) {
            if (words.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
