package io.parley.actors;

import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import io.parley.model.TitleSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * ActorMatch decides whether a name met in an article is a known actor. Surnames must be spelled alike (the same
 * {@link NameForm#skeleton}; a bare surname also within two letters of the known one, so "Korea" never joins
 * "Kerry"); a stated country must agree; given names, when both sides have them, must agree on their first word
 * (or its initial); stated generational suffixes must agree; the same words in another order ("Kishida Fumio")
 * are the same name. So "Sergei Lavrov" joins "Sergey Lavrov", "Trump" joins the only Donald J. Trump, and
 * "Ahmad Santoso" of Malaysia stays apart from "Budi Santoso" of Indonesia.
 */
public final class ActorMatch {

    private static final int BARE_SURNAME_EDITS = 2;

    private ActorMatch() {
    }

    /** Whether the mention may denote the profile's actor. */
    public static boolean compatible(ActorProfile profile, Actor mention) {
        if (profile.country() != null && mention.country() != null
                && !NameForm.key(profile.country()).equals(NameForm.key(mention.country()))) {
            return false;
        }
        List<String> known = names(profile);
        if (!suffixesAgree(known, mention.name())) {
            return false;
        }
        return known.stream().anyMatch(k -> sameWordsReordered(k, mention.name()))
                || surnamesAlike(known, mention.name()) && givenNamesAgree(known, mention.name());
    }

    /**
     * The single best candidate: one whose name or alias is spelled exactly so (for a bare surname: whose name is
     * that surname, since a bare alias on one namesake says nothing about the next bare mention), else the only candidate, else the
     * one candidate the article's context favours (see {@link MentionContext#favours}); empty when still ambiguous.
     */
    public static Optional<ActorProfile> best(List<ActorProfile> candidates, Actor mention, MentionContext context) {
        return best(candidates, mention, context, id -> Set.of());
    }

    /** Like {@link #best(List, Actor, MentionContext)}, the context also weighing the people each profile was seen with. */
    static Optional<ActorProfile> best(List<ActorProfile> candidates, Actor mention, MentionContext context,
                                       Function<String, Set<String>> partnersOf) {
        String key = NameForm.key(mention.name());
        boolean bare = NameForm.nameWords(mention.name()).size() < 2;
        Optional<ActorProfile> exact = candidates.stream()
                .filter(p -> (bare ? List.of(p.name()) : names(p)).stream().anyMatch(n -> NameForm.key(n).equals(key)))
                .findFirst();
        if (exact.isPresent() || candidates.isEmpty()) {
            return exact;
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        return context.favoured(candidates, mention, partnersOf);
    }

    /** The profile enriched by a new mention of an undated article (see {@link #merge(ActorProfile, Actor, LocalDate)}). */
    public static ActorProfile merge(ActorProfile profile, Actor mention) {
        return merge(profile, mention, null);
    }

    /**
     * The profile enriched by a mention in an article published on {@code seen}: its spelling as an alias, the
     * fuller name, a missing country, and its title added to the title history (the current title is the one seen last).
     */
    public static ActorProfile merge(ActorProfile profile, Actor mention, LocalDate seen) {
        Set<String> aliases = new LinkedHashSet<>(profile.aliases());
        aliases.add(mention.name());
        String name = NameForm.words(mention.name()).size() > NameForm.words(profile.name()).size() ? mention.name() : profile.name();
        List<String> sorted = new ArrayList<>(aliases);
        sorted.sort(Comparator.naturalOrder());
        List<TitleSpan> titles = TitleHistory.add(profile.titles(), mention.title(), seen);
        return new ActorProfile(profile.id(), name, TitleHistory.current(titles),
                profile.country() != null ? profile.country() : mention.country(), sorted, titles);
    }

    /** Whether the profile fits a name typed by a user: every word before the surname fits a given name. */
    public static boolean answers(ActorProfile profile, String query) {
        List<String> known = names(profile);
        return known.stream().anyMatch(k -> sameWordsReordered(k, query))
                || surnamesAlike(known, query) && givenNamesAgree(known, query);
    }

    /** Every spelling of the profile, its fullest name first. */
    static List<String> names(ActorProfile profile) {
        List<String> all = new ArrayList<>(profile.aliases());
        all.add(0, profile.name());
        return all;
    }

    private static boolean sameWordsReordered(String known, String name) {
        List<String> a = NameForm.nameWords(known);
        List<String> b = NameForm.nameWords(name);
        return a.size() >= 2 && a.size() == b.size() && new HashSet<>(a).equals(new HashSet<>(b));
    }

    private static boolean surnamesAlike(List<String> known, String name) {
        String surname = NameForm.surname(name);
        boolean bare = NameForm.givenNames(name).isEmpty();
        return known.stream().map(NameForm::surname).anyMatch(k -> k.equals(surname)
                || NameForm.skeleton(k).equals(NameForm.skeleton(surname))
                   && (!bare || Edits.distance(k, surname) <= BARE_SURNAME_EDITS)
                || NameForm.words(name).size() == 1 && containsWord(known, surname));
    }

    private static boolean containsWord(List<String> known, String word) {
        return known.stream().anyMatch(k -> NameForm.words(k).contains(word));
    }

    private static boolean suffixesAgree(List<String> known, String name) {
        String suffix = NameForm.suffix(name);
        return suffix.isEmpty() || known.stream().map(NameForm::suffix).allMatch(s -> s.isEmpty() || s.equals(suffix));
    }

    private static boolean givenNamesAgree(List<String> knownNames, String name) {
        List<String> words = NameForm.words(name);
        if (knownNames.stream().anyMatch(known -> NameForm.words(known).containsAll(words))) {
            return true;
        }
        List<String> given = NameForm.givenNames(name);
        List<List<String>> known = knownNames.stream().map(NameForm::givenNames).filter(g -> !g.isEmpty()).toList();
        return given.isEmpty() || known.isEmpty() || known.stream().anyMatch(k -> firstGivenAgrees(k, given));
    }

    private static boolean firstGivenAgrees(List<String> known, List<String> given) {
        String a = known.get(0);
        String b = given.get(0);
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        return NameForm.skeleton(a).equals(NameForm.skeleton(b));
    }
}
