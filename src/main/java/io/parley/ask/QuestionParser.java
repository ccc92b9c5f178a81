package io.parley.ask;

import io.parley.actors.NameForm;
import io.parley.model.MeetingKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a question in plain English into a {@link ParsedQuestion}: the dates it names, whether it asks who said
 * what or who met whom, the names of people (resolved afterwards by {@link QuestionResolver}), countries (by name
 * or demonym), a meeting place, and what the answer should be about (a topic of the lexicon and free words).
 * Pure: no store, no I/O; the lexicon is given.
 */
final class QuestionParser {

    private static final Pattern LATEST = Pattern.compile("\\b(last|latest|most recently|recently)\\b");
    private static final Pattern ABOUT = Pattern.compile("\\b(?:about|regarding|concerning|on the subject of|on)\\s+(.+)$");
    private static final Pattern LOCATION = Pattern.compile("\\b(?:in|at)\\s+((?:[A-Z][\\p{L}'’-]+)(?:\\s+[A-Z][\\p{L}'’-]+)*)");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:al-|bin |bin|el-)?[A-Z\\p{Lu}][\\p{L}'’.-]*)*");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final QueryLexicon lexicon;

    QuestionParser(QueryLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads a question against {@code today}; the names in it are left for {@link QuestionResolver}. */
    ParsedQuestion parse(String question, LocalDate today) {
        String text = question.strip().replaceAll("[?!.]+$", "");
        Optional<DateRange> range = DateRange.find(text, today);
        // stripped, so that the "about" phrase is the very end of it: "about Iran this month" leaves "about Iran"
        String rest = range.map(r -> text.substring(0, r.start()) + " " + text.substring(r.end())).orElse(text)
                .replaceAll("\\s+", " ").strip();
        String lower = rest.toLowerCase(Locale.ROOT);
        String about = aboutPhrase(rest);
        String beforeAbout = about == null ? rest : rest.substring(0, rest.length() - about.length());
        String location = location(beforeAbout);
        Mentions names = names(beforeAbout, location);
        List<String> lowerWords = words(lower);
        boolean statements = lexicon.asksForSpeech(lowerWords) || !lexicon.asksForMeetings(lowerWords);
        Topic topic = topic(about == null ? "" : about);
        List<String> words = about == null ? List.of() : significantWords(about);
        return new ParsedQuestion(statements ? Question.Intent.STATEMENTS : Question.Intent.MEETINGS,
                names.names, names.countries, topic.name,
                about == null ? null : about.replaceAll("^(?:the|a|an)\\s+", "").strip(), words,
                range.map(DateRange::from).orElse(null), range.map(DateRange::to).orElse(null),
                location, kind(lower), LATEST.matcher(lower).find());
    }

    private static String aboutPhrase(String text) {
        Matcher m = ABOUT.matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }

    private String location(String text) {
        Matcher m = LOCATION.matcher(text);
        while (m.find()) {
            if (lexicon.isCity(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Name candidates and countries found among the capitalised words. */
    private record Mentions(List<String> names, List<String> countries) {
    }

    private Mentions names(String text, String location) {
        List<String> names = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            for (String span : splitCountries(m.group(), countries)) {
                if (!span.equals(location) && isNameCandidate(span)) {
                    names.add(span);
                }
            }
        }
        return new Mentions(List.copyOf(names), List.copyOf(countries));
    }

    /** Takes country names and demonyms out of a capitalised span, returning what is left as name candidates. */
    private List<String> splitCountries(String span, Set<String> countries) {
        List<String> left = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : span.split("\\s+")) {
            String country = lexicon.country(word);
            if (country != null) {
                countries.add(country);
                flush(current, left);
            } else if (!lexicon.isQuestionWord(word.toLowerCase(Locale.ROOT))) {
                current.append(current.length() == 0 ? "" : " ").append(word.replaceAll("['’]s$", ""));
            }
        }
        flush(current, left);
        return left;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString());
            current.setLength(0);
        }
    }

    private boolean isNameCandidate(String span) {
        List<String> words = NameForm.words(span);
        return !words.isEmpty() && words.stream().noneMatch(lexicon::isNeverAName);
    }

    /** The topic the phrase names (by the topic's name or its first keyword), if any. */
    private record Topic(String name) {
    }

    private Topic topic(String phrase) {
        List<String> words = NameForm.words(phrase);
        for (QueryLexicon.Topic t : lexicon.topics()) {
            String head = t.keywords().get(0);
            if (phrase.toLowerCase(Locale.ROOT).contains(t.name()) || words.stream().anyMatch(w -> w.startsWith(head))) {
                return new Topic(t.name());
            }
        }
        return new Topic(null);
    }

    private List<String> significantWords(String phrase) {
        return NameForm.words(phrase).stream().filter(w -> !lexicon.isStopword(w) && w.length() > 1).distinct().toList();
    }

    /** The words of lower-case text, in order. */
    private static List<String> words(String lower) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(lower);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static MeetingKind kind(String lower) {
        if (lower.contains("video")) {
            return MeetingKind.VIDEO_CALL;
        }
        return lower.matches(".*\\b(phone|phoned|telephone|call|called|calls)\\b.*") ? MeetingKind.PHONE_CALL : null;
    }
}
