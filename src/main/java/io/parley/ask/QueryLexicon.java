package io.parley.ask;

import io.parley.store.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a question is read with: countries and demonyms, cities and topics, loaded once from the same
 * lexicon files the extractor uses ({@code src/main/resources/lexicon/}), so both agree on names.
 */
final class QueryLexicon {

    /** A topic with its keywords (lower case, matched at a word start). */
    record Topic(String name, List<String> keywords) {
    }

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, Set<String>> countryWords = new HashMap<>();
    private final Set<String> cities = new HashSet<>();
    private final List<Topic> topics = new ArrayList<>();

    private QueryLexicon() {
    }

    static QueryLexicon load() {
        QueryLexicon lex = new QueryLexicon();
        lines("countries.txt").forEach(c -> lex.addCountry(c, c));
        lines("demonyms.txt").forEach(l -> {
            String[] parts = l.split("\t");
            if (parts.length == 2) {
                lex.addCountry(parts[0], parts[1]);
            }
        });
        lines("cities.txt").forEach(c -> lex.cities.add(Names.key(c)));
        lines("topics.txt").forEach(l -> {
            String[] parts = l.split("\t");
            if (parts.length == 2) {
                lex.topics.add(new Topic(parts[0].strip(), List.of(parts[1].strip().split("\\|"))));
            }
        });
        return lex;
    }

    /** The country a name or demonym denotes ("Iranian", "Iran's", "Iran" → Iran), or {@code null}. */
    String country(String word) {
        String key = Names.key(word.replaceAll("['’]s$", ""));
        return countries.get(key);
    }

    /** Lower-case words that name a country: its name and demonyms. */
    Set<String> wordsFor(String country) {
        return countryWords.getOrDefault(country, Set.of());
    }

    boolean isCity(String name) {
        return cities.contains(Names.key(name));
    }

    List<Topic> topics() {
        return topics;
    }

    private void addCountry(String word, String country) {
        countries.put(Names.key(word), country);
        countryWords.computeIfAbsent(country, c -> new HashSet<>()).addAll(Names.words(word));
    }

    private static List<String> lines(String file) {
        try (InputStream in = QueryLexicon.class.getResourceAsStream("/lexicon/" + file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + file + " is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
