package io.parley.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How well stored mentions land on profiles, against a gold file that names, for each person, the spellings
 * written in the articles ({@code person<TAB>name as written}). Only mentions whose spelling the gold file
 * lists are scored. Each person's profile is the one holding most of its mentions (ties: smallest id), unless
 * a person with more mentions there claims it first; a mention is right when it is on its person's profile.
 */
final class ActorAccuracy {

    /** One participant or speaker as stored: its article, the name as the extractor gave it, its profile id. */
    record Mention(String articleId, String name, String profileId) {
    }

    /**
     * The score: mentions scored and right; people split over several profiles (extra profiles counted once
     * each); profiles merging several people (extra people counted once each).
     */
    record Score(int mentions, int right, int splits, int merges) {

        double share() {
            return mentions == 0 ? 0 : (double) right / mentions;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%d/%d mentions on the right profile (%.3f), %d split, %d merged",
                    right, mentions, share(), splits, merges);
        }
    }

    private final Map<String, String> personOfName;

    private ActorAccuracy(Map<String, String> personOfName) {
        this.personOfName = personOfName;
    }

    /** The gold file: lines {@code person<TAB>name}, {@code #} comments and blank lines skipped. */
    static ActorAccuracy gold(Path file) {
        try {
            return gold(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ActorAccuracy gold(List<String> lines) {
        Map<String, String> map = new HashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length != 2) {
                throw new IllegalArgumentException("gold line needs person<TAB>name: " + line);
            }
            String before = map.put(NameForm.key(cols[1]), cols[0].strip());
            if (before != null && !before.equals(cols[0].strip())) {
                throw new IllegalArgumentException("name given to two people: " + cols[1]);
            }
        }
        return new ActorAccuracy(map);
    }

    /** The names of the gold file, as keys. */
    Set<String> names() {
        return personOfName.keySet();
    }

    Score score(List<Mention> mentions) {
        List<Mention> scored = mentions.stream().filter(m -> personOfName.containsKey(NameForm.key(m.name()))).toList();
        Map<String, Map<String, Long>> profilesOfPerson = new TreeMap<>();
        Map<String, Set<String>> peopleOfProfile = new TreeMap<>();
        for (Mention m : scored) {
            String person = personOfName.get(NameForm.key(m.name()));
            profilesOfPerson.computeIfAbsent(person, k -> new TreeMap<>()).merge(m.profileId(), 1L, Long::sum);
            peopleOfProfile.computeIfAbsent(m.profileId(), k -> new java.util.TreeSet<>()).add(person);
        }
        Map<String, String> home = homes(profilesOfPerson);
        int right = (int) scored.stream()
                .filter(m -> m.profileId().equals(home.get(personOfName.get(NameForm.key(m.name()))))).count();
        int splits = profilesOfPerson.values().stream().mapToInt(p -> p.size() - 1).sum();
        int merges = peopleOfProfile.values().stream().mapToInt(p -> p.size() - 1).sum();
        return new Score(scored.size(), right, splits, merges);
    }

    /** Each person's profile, people with more mentions choosing first; a profile serves one person. */
    private static Map<String, String> homes(Map<String, Map<String, Long>> profilesOfPerson) {
        Map<String, String> home = new LinkedHashMap<>();
        Set<String> taken = new java.util.HashSet<>();
        List<String> people = profilesOfPerson.keySet().stream()
                .sorted(Comparator.comparingLong((String p) -> -total(profilesOfPerson.get(p))).thenComparing(p -> p))
                .toList();
        for (String person : people) {
            profilesOfPerson.get(person).entrySet().stream().filter(e -> !taken.contains(e.getKey()))
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .ifPresent(e -> {
                        home.put(person, e.getKey());
                        taken.add(e.getKey());
                    });
        }
        return home;
    }

    private static long total(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Mentions per person and profile, for a report of what went wrong. */
    String breakdown(List<Mention> mentions) {
        return mentions.stream().filter(m -> personOfName.containsKey(NameForm.key(m.name())))
                .collect(Collectors.groupingBy(m -> personOfName.get(NameForm.key(m.name())), TreeMap::new,
                        Collectors.groupingBy(Mention::profileId, TreeMap::new, Collectors.counting())))
                .toString();
    }
}
