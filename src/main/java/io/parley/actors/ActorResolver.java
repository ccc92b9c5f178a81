package io.parley.actors;

import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import io.parley.model.TitleSpan;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which actor a mention denotes, reading the directory through a port and writing nothing. A mention
 * joins the one compatible profile ({@link ActorMatch}); among several, the exact spelling, then the article's
 * context ({@link MentionContext}) choose; a mention still ambiguous, or matching none, becomes a new profile.
 */
public final class ActorResolver {

    private final ActorDirectoryPort directory;

    public ActorResolver(ActorDirectoryPort directory) {
        this.directory = directory;
    }

    /**
     * The profile the mention denotes, created or enriched, whether the store must write it, and whether its
     * group should be revised: a new profile beside others of the same surname, or new evidence on a known one.
     */
    public Resolution resolve(Actor mention, MentionContext context) {
        List<ActorProfile> known = candidates(mention.name());
        List<ActorProfile> compatible = known.stream().filter(p -> ActorMatch.compatible(p, mention)).toList();
        Optional<ActorProfile> match = ActorMatch.best(compatible, mention, context, directory::partners);
        if (match.isEmpty()) {
            return new Resolution(create(mention, context.published()), true, !known.isEmpty());
        }
        ActorProfile merged = ActorMatch.merge(match.get(), mention, context.published());
        return new Resolution(merged, !merged.equals(match.get()), newEvidence(match.get(), merged));
    }

    /** Whether the enriched profile has a spelling, country or title the stored one lacked (dates aside). */
    private static boolean newEvidence(ActorProfile before, ActorProfile after) {
        return !before.aliases().equals(after.aliases()) || !java.util.Objects.equals(before.country(), after.country())
                || before.titles().size() != after.titles().size();
    }

    /** Profiles a name typed by a user may mean: any spelling, the surname alone, the words in another order. */
    public List<ActorProfile> find(String query) {
        if (NameForm.nameWords(query).isEmpty()) {
            return List.of();
        }
        return candidates(query).stream().filter(p -> ActorMatch.answers(p, query)).toList();
    }

    /** The directory entries under the name's surname, and under its first word when the order may be reversed. */
    private List<ActorProfile> candidates(String name) {
        Map<String, ActorProfile> byId = new LinkedHashMap<>();
        List<String> words = NameForm.nameWords(name);
        List<String> surnames = new ArrayList<>(List.of(NameForm.surname(name)));
        if (words.size() >= 2) {
            surnames.add(words.get(0));
        }
        surnames.stream().map(NameForm::skeleton).distinct()
                .forEach(s -> directory.withSurname(s).forEach(p -> byId.putIfAbsent(p.id(), p)));
        return byId.values().stream().sorted(Comparator.comparing(ActorProfile::id)).toList();
    }

    private ActorProfile create(Actor mention, LocalDate seen) {
        String base = NameForm.key(mention.name());
        String id = base;
        for (int n = 2; directory.exists(id); n++) {
            id = base + "-" + n;
        }
        List<TitleSpan> titles = TitleHistory.add(List.of(), mention.title(), seen);
        return new ActorProfile(id, mention.name(), TitleHistory.current(titles), mention.country(),
                List.of(mention.name()), titles);
    }
}
