package io.parley.store;

import io.parley.actors.ActorRevision;
import io.parley.actors.ArticleActors;
import io.parley.actors.CountryEvidence;
import io.parley.actors.Mention;
import io.parley.actors.Revision;
import io.parley.model.Actor;
import io.parley.model.ActorProfile;
import io.parley.model.Extraction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Persists what {@link ActorRevision} decides for one directory group: reads the group's profiles and every
 * current mention filed under them (the extractions of the articles in their {@code ACTOR#} partitions), then
 * writes the new and changed profiles, files the affected articles again under the new ids (a new extraction
 * version, switched in one put as any extraction) and finally turns the absorbed profiles into redirects. Each
 * step is idempotent and the decision is made again from the table on every run, so a run that stops half-way
 * is finished by the next, and two runs in any order end in the same state.
 */
final class ActorRevisions {

    /** The table as a revision needs it; both stores implement it over their own items. */
    interface Table {

        /** The profiles listed in the directory under the surname skeleton. */
        List<ActorProfile> group(String skeleton);

        /** The ids of the articles with a fact in the actor's {@code ACTOR#} partition. */
        Set<String> articlesUnder(String actorId);

        /** The article's current extraction with the actor ids its facts are filed under. */
        Optional<Filed> filed(String articleId);

        /** Whether a profile or redirect has this id. */
        boolean taken(String id);

        /** Writes the profile and its directory entry (dropping the entry {@code before} had, if another). */
        void save(ActorProfile profile, Optional<ActorProfile> before);

        /**
         * Files the article's extraction again under these actor ids, as a new version switched in one put
         * that fails (a {@link StoreException}, so the job is retried) when another extraction switched it since
         * {@code filed} was read.
         */
        void refile(String articleId, Filed filed, Map<Actor, String> ids);

        /** Replaces the profile by a redirect to {@code to} and drops its directory entry. */
        void redirect(ActorProfile from, String to);
    }

    /** An article's current extraction as stored: the facts, their actors' ids, the extractor and the version. */
    record Filed(Extraction extraction, Map<Actor, String> ids, String extractorVersion, String version) {
    }

    private final CountryEvidence countries;

    ActorRevisions(CountryEvidence countries) {
        this.countries = countries;
    }

    ActorsRevised revise(Table table, String skeleton) {
        List<ActorProfile> group = table.group(skeleton);
        Map<String, ActorProfile> before = new LinkedHashMap<>();
        group.forEach(p -> before.put(p.id(), p));
        Set<String> articles = new TreeSet<>();
        group.forEach(p -> articles.addAll(table.articlesUnder(p.id())));
        Map<String, Filed> filed = new HashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (String article : articles) {
            table.filed(article).ifPresent(f -> {
                filed.put(article, f);
                mentions.addAll(mentionsOf(article, f, before.keySet()));
            });
        }
        Revision revision = ActorRevision.decide(group, mentions, table::taken);
        revision.profiles().forEach(p -> table.save(p, Optional.ofNullable(before.get(p.id()))));
        for (String article : revision.articles()) {
            Filed f = filed.get(article);
            Map<Actor, String> ids = new HashMap<>(f.ids());
            revision.moves().stream().filter(m -> m.mention().articleId().equals(article))
                    .forEach(m -> ids.put(m.mention().filed(), m.to()));
            table.refile(article, f, ids);
        }
        revision.redirects().forEach((from, to) -> table.redirect(before.get(from), to));
        return new ActorsRevised(skeleton, mentions.size(), revision.profiles().stream().map(ActorProfile::id).toList(),
                revision.moves().size(), revision.articles().size(), revision.redirects());
    }

    private List<Mention> mentionsOf(String article, Filed filed, Set<String> groupIds) {
        ArticleActors actors = ArticleActors.of(filed.extraction(), countries);
        List<Mention> out = new ArrayList<>();
        for (Actor a : FactItems.actors(filed.extraction())) {
            String id = filed.ids().get(a);
            if (id != null && groupIds.contains(id)) {
                out.add(new Mention(article, a, actors.evidenced(a), actors.context(), id));
            }
        }
        return out;
    }
}
