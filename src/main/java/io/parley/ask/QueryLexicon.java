package io.parley.ask;

import io.parley.actors.NameForm;
import io.parley.lexicon.Lexicon;
import io.parley.store.SearchTerms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words a question is read with: countries and demonyms, cities, topics, the speech cues and meeting triggers
 * that tell what a question asks for, and the question's own small word lists ({@code ask-*.txt}), loaded once
 * through the one lexicon reader from the same files the extractor uses, so both agree on names and words.
 */
final class QueryLexicon {

    /** A topic with its keywords (lower case, matched at a word start). */
    record Topic(String name, List<String> keywords) {
    }

    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, Set<String>> countryWords = new HashMap<>();
    private final Set<String> cities = new HashSet<>();
    private final List<Topic> topics = new ArrayList<>();
    private final Set<String> meetingWords = new HashSet<>();
    private final Set<String> meetingPhrases = new HashSet<>();
    private final Set<String> speechWords = new HashSet<>();
    private final Set<String> questionWords = new HashSet<>();
    private final Set<String> stopwords = new HashSet<>();
    private final Set<String> notNames = new HashSet<>();

    private QueryLexicon() {
    }

    static QueryLexicon load() {
        QueryLexicon lex = new QueryLexicon();
        Lexicon.countryOf().forEach(lex::addCountry);
        Lexicon.lines("cities.txt").forEach(c -> lex.cities.add(NameForm.key(c)));
        Lexicon.lines("topics.txt").forEach(l -> {
            String[] parts = l.split("\t");
            if (parts.length == 2) {
                lex.topics.add(new Topic(parts[0].strip(), List.of(parts[1].strip().split("\\|"))));
            }
        });
        lex.loadIntentWords();
        lex.questionWords.addAll(Lexicon.lowerSet("ask-question-words.txt"));
        lex.stopwords.addAll(Lexicon.lowerSet("ask-stopwords.txt"));
        lex.notNames.addAll(Lexicon.lowerSet("ask-not-names.txt"));
        return lex;
    }

    /**
     * Meeting words: the question's own list plus every trigger of {@code meetings.txt} (phrases kept whole);
     * speech words: the question's own list plus every one-word cue of {@code cues.txt} that is not a meeting word.
     */
    private void loadIntentWords() {
        meetingWords.addAll(Lexicon.lowerSet("ask-meeting.txt"));
        for (String trigger : Lexicon.lowerSet("meetings.txt")) {
            (trigger.contains(" ") ? meetingPhrases : meetingWords).add(trigger);
        }
        speechWords.addAll(Lexicon.lowerSet("ask-speech.txt"));
        for (String cue : Lexicon.lowerSet("cues.txt")) {
            if (!cue.contains(" ") && !meetingWords.contains(cue)) {
                speechWords.add(cue);
            }
        }
    }

    /** The country a name or demonym denotes ("Iranian", "Iran's", "Iran" → Iran), or {@code null}. */
    String country(String word) {
        String key = NameForm.key(word.replaceAll("['’]s$", ""));
        return countries.get(key);
    }

    /**
     * The search terms ({@link Terms}) that name a country on their own: its one-word names and demonyms ("iran",
     * "iranian"; "Iran's" gives "iran"). Names of several words ("United States") are left out: no one term finds
     * them, and their parts ("united", "state") name other things too.
     */
    Set<String> termsFor(String country) {
        return countryWords.getOrDefault(country, Set.of());
    }

    boolean isCity(String name) {
        return cities.contains(NameForm.key(name));
    }

    List<Topic> topics() {
        return topics;
    }

    /** Whether the lower-case words ask who said what: a speech word among them. */
    boolean asksForSpeech(List<String> words) {
        return words.stream().anyMatch(speechWords::contains);
    }

    /** Whether the lower-case words ask who met whom: a meeting word, or a meeting phrase of consecutive words. */
    boolean asksForMeetings(List<String> words) {
        if (words.stream().anyMatch(meetingWords::contains)) {
            return true;
        }
        String joined = " " + String.join(" ", words) + " ";
        return meetingPhrases.stream().anyMatch(p -> joined.contains(" " + p + " "));
    }

    /** A capitalised word of a question that is never part of a name ("What", "Did"). */
    boolean isQuestionWord(String lowerWord) {
        return questionWords.contains(lowerWord);
    }

    /** A word of the "about" phrase that carries no topic. */
    boolean isStopword(String lowerWord) {
        return stopwords.contains(lowerWord);
    }

    /** A word that is never a person's name in a question (months, weekdays, UN, EU). */
    boolean isNeverAName(String lowerWord) {
        return notNames.contains(lowerWord);
    }

    private void addCountry(String word, String country) {
        countries.put(NameForm.key(word), country);
        List<String> terms = Terms.of(word).stream().filter(SearchTerms::indexed).toList();
        Set<String> known = countryWords.computeIfAbsent(country, c -> new HashSet<>());
        if (terms.size() == 1) {
            known.add(terms.get(0));
        }
    }
}
