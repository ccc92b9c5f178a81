package io.parley.store;

import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ActorMatch decides whether a name met in an article is a known actor. Surnames must sound alike (see
 * {@link Names#skeleton}); a stated country must agree; given names, when both sides have them, must agree
 * on their first word (or its initial). So "Sergei Lavrov" joins "Sergey Lavrov", a bare "Lavrov" joins the
 * only Lavrov known, and "Ahmad Santoso" of Malaysia stays apart from "Budi Santoso" of Indonesia.
 */
final class ActorMatch {

    private ActorMatch() {
    }

    static boolean compatible(ActorProfile profile, Actor mention) {
        if (profile.country() != null && mention.country() != null
                && !Names.key(profile.country()).equals(Names.key(mention.country()))) {
            return false;
        }
        return givenNamesAgree(names(profile), mention.name());
    }

    /** The single best candidate: one whose name or alias is spelled exactly so, else the only candidate. */
    static Optional<ActorProfile> best(List<ActorProfile> candidates, Actor mention) {
        String key = Names.key(mention.name());
        Optional<ActorProfile> exact = candidates.stream()
                .filter(p -> names(p).stream().anyMatch(n -> Names.key(n).equals(key))).findFirst();
        if (exact.isPresent() || candidates.size() != 1) {
            return exact;
        }
        return Optional.of(candidates.get(0));
    }

    /** The profile enriched by a new mention: its spelling as an alias, the fuller name, missing title or country. */
    static ActorProfile merge(ActorProfile profile, Actor mention) {
        Set<String> aliases = new LinkedHashSet<>(profile.aliases());
        aliases.add(mention.name());
        String name = Names.words(mention.name()).size() > Names.words(profile.name()).size() ? mention.name() : profile.name();
        List<String> sorted = new ArrayList<>(aliases);
        sorted.sort(Comparator.naturalOrder());
        return new ActorProfile(profile.id(), name,
                profile.title() != null ? profile.title() : mention.title(),
                profile.country() != null ? profile.country() : mention.country(), sorted);
    }

    /** Whether the profile fits a name typed by a user: every word before the surname fits a given name. */
    static boolean answers(ActorProfile profile, String query) {
        return givenNamesAgree(names(profile), query);
    }

    private static boolean givenNamesAgree(List<String> knownNames, String name) {
        List<String> words = Names.words(name);
        if (knownNames.stream().anyMatch(known -> Names.words(known).containsAll(words))) {
            return true;
        }
        List<String> given = givenNames(name);
        List<List<String>> known = knownNames.stream().map(ActorMatch::givenNames).filter(g -> !g.isEmpty()).toList();
        return given.isEmpty() || known.isEmpty() || known.stream().anyMatch(k -> firstGivenAgrees(k, given));
    }

    private static boolean firstGivenAgrees(List<String> known, List<String> given) {
        String a = known.get(0);
        String b = given.get(0);
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return Names.skeleton(a).equals(Names.skeleton(b));
    }

    private static List<String> givenNames(String name) {
        List<String> words = Names.words(name);
        return words.size() <= 1 ? List.of() : words.subList(0, words.size() - 1);
    }

    private static List<String> names(ActorProfile profile) {
        List<String> all = new ArrayList<>(profile.aliases());
        all.add(0, profile.name());
        return all;
    }
}
