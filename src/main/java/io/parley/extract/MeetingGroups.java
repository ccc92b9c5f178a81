package io.parley.extract;

import io.parley.model.MeetingKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * MeetingGroups gathers the sentences that tell one meeting: the first report of a set of parties and
 * status leads its group, and a later report of the same parties, or of a few of them a sentence or two
 * later, joins it instead of becoming a meeting of its own. Headlines come last, so they only lead a group
 * the body does not report.
 */
final class MeetingGroups {

    private MeetingGroups() {
    }

    /** The sentences of one meeting; {@code members.get(0)} leads and gives the parties, kind and status. */
    record Group(List<MeetingFinder.Found> members) {

        MeetingFinder.Found lead() {
            return members.get(0);
        }
    }

    static List<Group> group(Doc doc, List<MeetingFinder.Found> found, Set<Integer> countries) {
        List<Group> out = new ArrayList<>();
        Map<String, Group> byKey = new HashMap<>();
        List<MeetingFinder.Found> ordered = new ArrayList<>(found);
        ordered.sort(Comparator.comparing((MeetingFinder.Found f) -> doc.isHeadline(f.sentence())));
        for (MeetingFinder.Found raw : ordered) {
            MeetingFinder.Found f = withoutKnownPairs(raw, out);
            Group home = recent(f, out);
            home = home != null ? home : sameSentence(f, out);
            home = home != null ? home : byKey.get(key(f));
            home = home != null || !doc.isHeadline(f.sentence()) ? home : sharingParty(f, out, countries);
            if (home != null) {
                home.members().add(f);
                continue;
            }
            Group g = new Group(new ArrayList<>(List.of(f)));
            byKey.put(key(f), g);
            out.add(g);
        }
        return out;
    }

    /**
     * A headline meeting that shares a party with one the body tells, its other parties countries, is that
     * meeting in short ("Iran's FM meets Salih" over "Salih received Foreign Minister Abdollahian").
     */
    private static Group sharingParty(MeetingFinder.Found f, List<Group> groups, Set<Integer> countries) {
        for (Group g : groups) {
            boolean shares = g.lead().parties().stream().anyMatch(f.parties()::contains);
            boolean rest = f.parties().stream().allMatch(p -> g.lead().parties().contains(p) || countries.contains(p));
            if (g.lead().status() == f.status() && shares && rest) {
                return g;
            }
        }
        return null;
    }

    private static String key(MeetingFinder.Found f) {
        return new TreeSet<>(f.parties()) + ":" + f.status() + (f.past() ? ":past" : "")
                + (f.gathering() ? ":gathering" : "");
    }

    /**
     * "his meetings with X and Y" after a meeting with X was already reported: X's part is that earlier
     * meeting, so the new one keeps the subject and Y.
     */
    private static MeetingFinder.Found withoutKnownPairs(MeetingFinder.Found f, List<Group> groups) {
        if (f.parties().size() < 3 || f.kind() == MeetingKind.MULTILATERAL) {
            return f;
        }
        int subject = f.parties().get(0);
        List<Integer> parties = new ArrayList<>(f.parties());
        for (Group g : groups) {
            MeetingFinder.Found k = g.lead();
            if (k.parties().size() == 2 && k.status() == f.status() && k.parties().contains(subject)
                    && parties.size() > 2) {
                parties.removeIf(p -> p != subject && k.parties().contains(p));
            }
        }
        return f.withParties(parties, f.rule());
    }

    /**
     * "the video conference of A, B and C is expected ..., and will be followed by the meeting": two triggers of
     * one sentence with the same parties tell one interaction, whatever status each trigger's words give; not
     * when one is told as past and the other not ("X, who visited Kenya last year, held talks with Y"), nor when
     * the other status comes with "again" ("met X on Monday and will meet her again in May").
     */
    private static Group sameSentence(MeetingFinder.Found f, List<Group> groups) {
        for (Group g : groups) {
            MeetingFinder.Found k = g.lead();
            boolean repeated = k.status() != f.status() && (k.again() || f.again());
            if (k.sentence() == f.sentence() && k.gathering() == f.gathering() && k.past() == f.past() && !repeated
                    && Set.copyOf(k.parties()).equals(Set.copyOf(f.parties()))) {
                return g;
            }
        }
        return null;
    }

    /** A smaller set of the same parties a sentence or two after a meeting is that meeting told again. */
    private static Group recent(MeetingFinder.Found f, List<Group> groups) {
        for (Group g : groups) {
            MeetingFinder.Found k = g.lead();
            boolean sideline = k.kind() == MeetingKind.MULTILATERAL && f.kind() != MeetingKind.MULTILATERAL;
            if (f.sentence() - k.sentence() <= 2 && k.status() == f.status() && k.past() == f.past() && !sideline
                    && k.gathering() == f.gathering()
                    && k.parties().size() > f.parties().size()
                    && k.parties().containsAll(f.parties())) {
                return g;
            }
        }
        return null;
    }
}
