package io.parley.actors;

import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import io.parley.model.TitleSpan;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the article around a mention says that can tell namesakes apart: the countries its other actors are of,
 * the full names it gives and its date. A bare "Santoso" in an article about Indonesian ministers is the
 * Indonesian one; a bare "Foreign Minister Lavrov" of 2026 is the Lavrov who was foreign minister then.
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

    /** The one candidate with the most context in its favour, if one leads; no partners known. */
    Optional<ActorProfile> favoured(List<ActorProfile> candidates, Actor mention) {
        return favoured(candidates, mention, id -> Set.of());
    }

    /**
     * The one candidate with the most context in its favour, if one leads: the mention's title among the
     * profile's titles (one more when the article's date lies within the dates that title was seen), the
     * profile's country among the article's, the profile's full name in the article, and one of the people the
     * profile was seen with before ({@code partnersOf}, name keys) named in the article.
     */
    Optional<ActorProfile> favoured(List<ActorProfile> candidates, Actor mention, Function<String, Set<String>> partnersOf) {
        List<ActorProfile> ranked = candidates.stream()
                .sorted(Comparator.comparingInt((ActorProfile p) -> -score(p, mention, partnersOf)).thenComparing(ActorProfile::id))
                .toList();
        int best = score(ranked.get(0), mention, partnersOf);
        boolean leads = best > 0 && score(ranked.get(1), mention, partnersOf) < best;
        return leads ? Optional.of(ranked.get(0)) : Optional.empty();
    }

    private int score(ActorProfile profile, Actor mention, Function<String, Set<String>> partnersOf) {
        int score = titleScore(profile, mention.title());
        if (profile.country() != null && countries.contains(NameForm.key(profile.country()))) {
            score++;
        }
        if (ActorMatch.names(profile).stream().anyMatch(n -> NameForm.words(n).size() > 1 && names.contains(NameForm.key(n)))) {
            score += 2;
        }
        if (partnersOf.apply(profile.id()).stream().anyMatch(names::contains)) {
            score++;
        }
        return score;
    }

    /** One for a title the profile had, two when the article's date lies within the dates it was seen. */
    private int titleScore(ActorProfile profile, String title) {
        if (title == null) {
            return 0;
        }
        String key = NameForm.key(title);
        if (profile.titles().isEmpty()) {
            return profile.title() != null && NameForm.key(profile.title()).equals(key) ? 1 : 0;
        }
        return profile.titles().stream().filter(s -> NameForm.key(s.title()).equals(key))
                .mapToInt(s -> covers(s) ? 2 : 1).max().orElse(0);
    }

    private boolean covers(TitleSpan span) {
        return published != null && span.firstSeen() != null && span.lastSeen() != null
                && !published.isBefore(span.firstSeen()) && !published.isAfter(span.lastSeen());
    }
}
