package io.parley.actors;

import io.parley.model.ActorProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Revisits the resolution of one directory group (the profiles under one surname skeleton) once later articles
 * have brought more evidence. It forgets the order the mentions came in: the resolver runs again over an empty
 * directory, on every full name first and then on every bare surname, each in {@link Mention#CANONICAL} order,
 * so bare surnames are placed with every full name known and by their own article's context (title and its
 * dates, country, the full names and co-participants of the article). The profiles it makes are then matched to
 * the stored ids: each profile keeps the stored id holding most of its mentions, so ids stay put; a profile
 * left with no id gets a new one (a split); a stored profile whose mentions all went elsewhere becomes a
 * redirect to the profile that took most of them (a join). The result depends only on the set of mentions (and,
 * for ids, on where they are filed now), so revising twice, or after any arrival order, gives the same profiles.
 */
public final class ActorRevision {

    private ActorRevision() {
    }

    /**
     * What must change in the group.
     *
     * @param group    the group's stored profiles (its directory entries)
     * @param mentions every current mention filed under one of them
     * @param taken    whether an id is used by a profile or redirect anywhere in the directory
     */
    public static Revision decide(List<ActorProfile> group, List<Mention> mentions, Predicate<String> taken) {
        Clusters clusters = cluster(mentions);
        List<ActorProfile> made = clusters.profiles().stream().sorted(ORDER).toList();
        Map<String, String> ids = assignIds(made, clusters, group, taken);
        return changes(group, made, clusters, ids);
    }

    /** The profiles the resolver makes from the mentions alone: full names first, then bare surnames. */
    private static Clusters cluster(List<Mention> mentions) {
        Clusters clusters = new Clusters();
        ActorResolver resolver = new ActorResolver(clusters);
        List<Mention> ordered = mentions.stream().sorted(Mention.CANONICAL).toList();
        ordered.stream().filter(Mention::fullName).forEach(m -> clusters.keep(resolver.resolve(m.evidenced(), m.context()), m));
        ordered.stream().filter(m -> !m.fullName()).forEach(m -> clusters.keep(resolver.resolve(m.evidenced(), m.context()), m));
        return clusters;
    }

    /** Made profiles in an order of their own content: name, country, then the id the resolver gave. */
    private static final Comparator<ActorProfile> ORDER = Comparator
            .comparing((ActorProfile p) -> NameForm.key(p.name()))
            .thenComparing(p -> p.country() == null ? "" : NameForm.key(p.country()))
            .thenComparing(ActorProfile::id);

    /**
     * The stored id of each made profile (by its made id): pairs of (made profile, stored id) are taken by how
     * many of the profile's mentions the id holds, most first (on a tie, the stored profile with the fuller name,
     * so a full name survives a bare surname); a made profile left over gets a new id.
     */
    private static Map<String, String> assignIds(List<ActorProfile> made, Clusters clusters, List<ActorProfile> group,
                                                 Predicate<String> taken) {
        record Pair(int rank, String made, String stored, long count, int words) {
        }
        Map<String, Integer> words = new HashMap<>();
        group.forEach(p -> words.put(p.id(), NameForm.nameWords(p.name()).size()));
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            String id = made.get(i).id();
            Map<String, Long> counts = new TreeMap<>();
            clusters.members(id).forEach(m -> counts.merge(m.id(), 1L, Long::sum));
            int rank = i;
            counts.forEach((stored, n) -> pairs.add(new Pair(rank, id, stored, n, words.getOrDefault(stored, 0))));
        }
        pairs.sort(Comparator.comparingLong((Pair p) -> -p.count()).thenComparingInt(Pair::rank)
                .thenComparingInt(p -> -p.words()).thenComparing(Pair::stored));
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Pair p : pairs) {
            if (!ids.containsKey(p.made()) && used.add(p.stored())) {
                ids.put(p.made(), p.stored());
            }
        }
        Set<String> emptyInGroup = new HashSet<>();
        group.forEach(p -> emptyInGroup.add(p.id()));
        clusters.profiles().forEach(p -> clusters.members(p.id()).forEach(m -> emptyInGroup.remove(m.id())));
        for (ActorProfile p : made) {
            if (!ids.containsKey(p.id())) {
                String fresh = freshId(p, used, emptyInGroup, taken);
                used.add(fresh);
                ids.put(p.id(), fresh);
            }
        }
        return ids;
    }

    /** The key of the name, numbered if needed; a stored profile of the group that holds nothing may be reused. */
    private static String freshId(ActorProfile p, Set<String> used, Set<String> emptyInGroup, Predicate<String> taken) {
        String base = NameForm.key(p.name());
        String id = base;
        for (int n = 2; used.contains(id) || taken.test(id) && !emptyInGroup.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static Revision changes(List<ActorProfile> group, List<ActorProfile> made, Clusters clusters,
                                    Map<String, String> ids) {
        Map<String, ActorProfile> stored = new HashMap<>();
        group.forEach(p -> stored.put(p.id(), p));
        List<ActorProfile> write = new ArrayList<>();
        List<Revision.Move> moves = new ArrayList<>();
        Map<String, Map<String, Long>> wentTo = new TreeMap<>();
        for (ActorProfile p : made) {
            String id = ids.get(p.id());
            ActorProfile profile = new ActorProfile(id, p.name(), p.title(), p.country(), p.aliases(), p.titles());
            if (!Objects.equals(stored.get(id), profile)) {
                write.add(profile);
            }
            for (Mention m : clusters.members(p.id()).stream().sorted(Mention.CANONICAL).toList()) {
                if (!m.id().equals(id)) {
                    moves.add(new Revision.Move(m, id));
                }
                wentTo.computeIfAbsent(m.id(), k -> new TreeMap<>()).merge(id, 1L, Long::sum);
            }
        }
        Map<String, String> redirects = new TreeMap<>();
        wentTo.forEach((from, targets) -> {
            if (!ids.containsValue(from)) {
                redirects.put(from, targets.entrySet().stream()
                        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                        .orElseThrow().getKey());
            }
        });
        return new Revision(List.copyOf(write), redirects, List.copyOf(moves));
    }
}
