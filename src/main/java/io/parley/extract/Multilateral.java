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

    private final Set<String> gatherings;
    private final Set<String> explicit;
    private final Set<String> sidelines;

    Multilateral(Set<String> gatherings, MeetingWords.Grammar grammar) {
        this.gatherings = gatherings;
        this.explicit = grammar.multilateralMarkers();
        this.sidelines = grammar.sidelines();
    }

    /** The kind of a meeting with {@code parties} named parties, in a sentence whose strongest trigger is given. */
    MeetingKind kind(List<Token> toks, MeetingKind strongest, int parties) {
        if (strongest == MeetingKind.PHONE_CALL || strongest == MeetingKind.VIDEO_CALL) {
            return strongest;
        }
        boolean gathering = parties >= 3 && has(toks, gatherings) && !has(toks, sidelines);
        if (has(toks, explicit) || gathering) {
            return MeetingKind.MULTILATERAL;
        }
        return strongest == MeetingKind.MULTILATERAL ? MeetingKind.IN_PERSON : strongest;
    }

    /** A gathering trigger ("attended", "summit") makes a meeting only with three parties, or when it says so. */
    boolean enough(List<Token> toks, MeetingKind trigger, int parties) {
        return trigger != MeetingKind.MULTILATERAL || parties >= 3 || has(toks, explicit);
    }

    /** Whether the sentence names a gathering or its sidelines. */
    boolean namesGathering(List<Token> toks) {
        return has(toks, gatherings) || has(toks, sidelines);
    }

    /** Whether the sentence tells something "on the sidelines of" a gathering. */
    boolean onSidelines(List<Token> toks) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            if (sidelines.contains(toks.get(i).lower()) && toks.get(i + 1).is("of")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence says "trilateral" or "multilateral". */
    boolean explicit(List<Token> toks) {
        return has(toks, explicit);
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
