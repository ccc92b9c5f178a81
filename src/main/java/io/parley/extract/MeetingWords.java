package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * MeetingWords holds the word lists only document-level meeting assembly reads, loaded once from
 * {@code /lexicon/}: group anaphors ("both sides"), attendance phrases ("were present"), the titles of a
 * country's host for a visit ("president", "prime minister"), markers of a past meeting ("last year"), and the
 * invitation verbs and nouns with the purposes that make an invitation a planned meeting ("invited X to talks",
 * "an invitation from X to visit"), and the
 * plural titles after country words with their singular heads ("the Israeli and Palestinian ambassadors").
 */
record MeetingWords(Set<String> groupAnaphors, Set<String> attendance, Set<String> hostTitles,
                    Set<String> pastMarkers, Set<String> cancelled, Map<String, String> capitals,
                    Set<String> reporterTitles, Set<String> reportingVerbs, Set<String> aliasMarkers,
                    Set<String> arrivals, Set<String> separateMarkers, Set<String> titleChainHeads,
                    Set<String> invitations, Set<String> invitationNouns, Set<String> invitationPurposes,
                    Set<String> meetingNouns, Set<String> visitNouns, Set<String> plannedPhrases, Set<String> lightVerbs,
                    Set<String> pastAdjectives, Set<String> rosterVerbs, Set<String> repeatMarkers,
                    Set<String> distributives, Set<String> fulfilledInfinitives,
                    Map<String, String> pluralTitles, Grammar grammar) {

    /**
     * The closed-class words meeting rules read: the clause bounds of a trigger, the prepositions around it, the
     * words that make a meeting hypothetical, and the words of visits and gatherings.
     */
    record Grammar(Set<String> clauseEnds, Set<String> fronting, Set<String> leadIns, Set<String> rightBlockers,
                   Set<String> relatives, Set<String> groupNouns, Set<String> conditions, Set<String> modals,
                   Set<String> questionOpeners, Set<String> visitVerbs, Set<String> placing, Set<String> notLeaders,
                   Set<String> multilateralMarkers, Set<String> sidelines, Set<String> pastYearPrepositions,
                   Set<String> determiners, Set<String> appositionPrepositions,
                   Set<String> listJoiners, Set<String> listIntroducers, Set<String> itineraries,
                   Set<String> seriesTriggers, Set<String> partyPhrases, Set<String> ordinals,
                   Set<String> beForms, Set<String> futureAuxiliaries) {

        static Grammar load() {
            return new Grammar(Lexicon.lowerSet("clause-ends.txt"), Lexicon.lowerSet("fronting-prepositions.txt"),
                    Lexicon.lowerSet("lead-in-prepositions.txt"), Lexicon.lowerSet("right-blockers.txt"),
                    Lexicon.lowerSet("relative-pronouns.txt"), Lexicon.lowerSet("group-nouns.txt"),
                    Lexicon.lowerSet("conditions.txt"), Lexicon.lowerSet("modals.txt"),
                    Lexicon.lowerSet("question-openers.txt"), Lexicon.lowerSet("visit-verbs.txt"),
                    Lexicon.lowerSet("placing-prepositions.txt"), Lexicon.lowerSet("not-leaders.txt"),
                    Lexicon.lowerSet("multilateral-markers.txt"), Lexicon.lowerSet("sidelines.txt"),
                    Lexicon.lowerSet("past-year-prepositions.txt"), Lexicon.lowerSet("determiners.txt"),
                    Lexicon.lowerSet("apposition-prepositions.txt"), Lexicon.lowerSet("list-joiners.txt"),
                    Lexicon.lowerSet("list-introducers.txt"), Lexicon.lowerSet("itineraries.txt"),
                    Lexicon.lowerSet("series-triggers.txt"), Lexicon.lowerSet("party-phrases.txt"),
                    Lexicon.lowerSet("ordinals.txt"), Lexicon.lowerSet("be-forms.txt"),
                    Lexicon.lowerSet("future-auxiliaries.txt"));
        }
    }

    static MeetingWords load() {
        return new MeetingWords(Lexicon.lowerSet("group-anaphors.txt"), Lexicon.lowerSet("attendance.txt"),
                Lexicon.lowerSet("host-titles.txt"), Lexicon.lowerSet("past-markers.txt"),
                Lexicon.lowerSet("cancelled.txt"), Lexicon.pairs("capitals.txt"),
                union(Lexicon.lowerSet("spokespeople.txt"), Lexicon.lowerSet("reporter-titles.txt")),
                Lexicon.lowerSet("reporting-verbs.txt"),
                Lexicon.lowerSet("alias-markers.txt"), Lexicon.lowerSet("arrival-verbs.txt"),
                Lexicon.lowerSet("separate-meetings.txt"), Lexicon.lowerSet("title-chain-heads.txt"),
                Lexicon.lowerSet("invitations.txt"), Lexicon.lowerSet("invitation-nouns.txt"),
                Lexicon.lowerSet("invitation-purposes.txt"),
                Lexicon.lowerSet("meeting-nouns.txt"), Lexicon.lowerSet("visit-nouns.txt"),
                Lexicon.lowerSet("planned-phrases.txt"), Lexicon.lowerSet("light-verbs.txt"),
                Lexicon.lowerSet("past-adjectives.txt"), Lexicon.lowerSet("roster-verbs.txt"),
                Lexicon.lowerSet("repeat-markers.txt"), Lexicon.lowerSet("distributives.txt"),
                Lexicon.lowerSet("fulfilled-infinitives.txt"),
                Lexicon.pairs("plural-titles.txt"), Grammar.load());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Lexicon.frozen(out);
    }
}
