package io.parley.extract;

import io.parley.lexicon.Lexicon;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Lexicons holds every word list the pipeline uses, loaded once and immutable. */
record Lexicons(Set<String> titles, Set<String> personHeads, Set<String> particles, Map<String, String> cues,
                Map<String, String> meetingTriggers, Set<String> plannedMarkers, Map<String, String> countryOf,
                Set<String> organizations, Set<String> institutions, Set<String> cities, Set<String> anonymous,
                Set<String> femaleNames, Set<String> stopwords, Map<String, String> topics,
                Set<String> institutionsLower, Set<String> negators, Set<String> thingHeads,
                Set<String> gatherings, Gazetteer gazetteer, SpeechWords speech) {

    /** Loads the lexicons from {@code /lexicon/} on the classpath. */
    static Lexicons load() {
        return new Lexicons(Lexicon.lowerSet("titles.txt"), Lexicon.lowerSet("person-heads.txt"),
                Lexicon.lowerSet("name-particles.txt"), lowerKeys(Lexicon.pairs("cues.txt")),
                lowerKeys(Lexicon.pairs("meetings.txt")), Lexicon.lowerSet("planned.txt"), Lexicon.countryOf(),
                Lexicon.exactSet("organizations.txt"), Lexicon.exactSet("institutions.txt"),
                Lexicon.exactSet("cities.txt"), Lexicon.lowerSet("anonymous.txt"),
                Lexicon.exactSet("female-names.txt"), Lexicon.exactSet("stopwords.txt"),
                Lexicon.pairs("topics.txt"), Lexicon.lowerSet("institutions.txt"),
                Lexicon.lowerSet("negators.txt"), Lexicon.lowerSet("thing-heads.txt"),
                Lexicon.lowerSet("gatherings.txt"), Gazetteer.load(), SpeechWords.load());
    }

    private static Map<String, String> lowerKeys(Map<String, String> in) {
        Map<String, String> out = new HashMap<>();
        in.forEach((k, v) -> out.put(k.toLowerCase(Locale.ROOT), v));
        return Lexicon.frozen(out);
    }

    /** Institution head words in lower case ("ministry", "office"). */
    Set<String> institutionWords() {
        return institutionsLower;
    }

    boolean isTitle(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@link #isTitle(String)} for a token, through its lower-case form computed once. */
    boolean isTitle(Token token) {
        return titles.contains(token.lower());
    }

    /** The country a demonym or country name stands for, or {@code null}. */
    String country(String word) {
        return countryOf.get(word);
    }
}
