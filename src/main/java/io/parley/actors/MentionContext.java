package io.parley.actors;

import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the article around a mention says that can tell namesakes apart: the countries its other actors are of
 * and the full names it gives. A bare "Santoso" in an article about Indonesian ministers is the Indonesian one.
 *
 * @param countries the countries stated for the article's actors (as written)
 * @param names     the key ({@link NameForm#key}) of every multi-word name in the article
 * @param published the article's publication date, which dates the titles it gives ({@code null}: undated)
 */
public record MentionContext(Set<String> countries, Set<String> names, LocalDate published) {

    public static final MentionContext NONE = new MentionContext(Set.of(), Set.of());

    public MentionContext {
        countries = countries.stream().map(NameForm::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
        names = Set.copyOf(names);
    }

    /** A context of an undated article. */
    public MentionContext(Set<String> countries, Set<String> names) {
        this(countries, names, null);
    }

    /** The one candidate with the most context in its favour (title, country, full name in the article), if one leads. */
    Optional<ActorProfile> favoured(List<ActorProfile> candidates, Actor mention) {
        List<ActorProfile> ranked = candidates.stream()
                .sorted(Comparator.comparingInt((ActorProfile p) -> -score(p, mention)).thenComparing(ActorProfile::id)).toList();
        int best = score(ranked.get(0), mention);
        boolean leads = best > 0 && score(ranked.get(1), mention) < best;
        return leads ? Optional.of(ranked.get(0)) : Optional.empty();
    }

    private int score(ActorProfile profile, Actor mention) {
        int score = 0;
        if (mention.title() != null && profile.title() != null
                && NameForm.key(mention.title()).equals(NameForm.key(profile.title()))) {
            score++;
        }
        if (profile.country() != null && countries.contains(NameForm.key(profile.country()))) {
            score++;
        }
        if (ActorMatch.names(profile).stream().anyMatch(n -> NameForm.words(n).size() > 1 && names.contains(NameForm.key(n)))) {
            score += 2;
        }
        return score;
    }
}
