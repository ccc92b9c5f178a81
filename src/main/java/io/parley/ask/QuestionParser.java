package io.parley.ask;

import io.parley.model.MeetingKind;
import io.parley.store.Names;
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

    private static final Pattern SPEECH = Pattern.compile(
            "\\b(say|said|says|saying|state|stated|tell|told|warn|warned|claim|claimed|comment|commented|"
                    + "stance|position|view|views|think|announce|announced|statement|statements|quote|quoted)\\b");
    private static final Pattern MEETING = Pattern.compile(
            "\\b(meet|met|meeting|meetings|talks|talk|talked|speak|spoke|spoken|call|called|calls|phoned|"
                    + "visit|visited|host|hosted|receive|received|contact|contacts)\\b");
    private static final Pattern LATEST = Pattern.compile("\\b(last|latest|most recently|recently)\\b");
    private static final Pattern ABOUT = Pattern.compile("\\b(?:about|regarding|concerning|on the subject of|on)\\s+(.+)$");
    private static final Pattern LOCATION = Pattern.compile("\\b(?:in|at)\\s+((?:[A-Z][\\p{L}'’-]+)(?:\\s+[A-Z][\\p{L}'’-]+)*)");
    private static final Pattern CAPITALISED = Pattern.compile("[A-Z\\p{Lu}][\\p{L}'’.-]*(?:\\s+(?:al-|bin |bin|el-)?[A-Z\\p{Lu}][\\p{L}'’.-]*)*");
    private static final Set<String> QUESTION_WORDS = Set.of("what", "who", "whom", "which", "when", "where", "how",
            "did", "does", "do", "has", "have", "is", "was", "were", "are", "why", "tell", "show", "list", "give", "find");
    private static final Set<String> STOPWORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "and", "or", "for", "with",
            "about", "s", "what", "did", "do", "does", "has", "have", "say", "said", "was", "were", "is", "are", "by",
            "any", "anything", "officials", "official", "leaders", "leader", "minister", "ministers", "government",
            "last", "latest", "recently", "this", "that", "these", "those", "their", "its", "his", "her", "who", "whom");
    private static final Set<String> NOT_NAMES = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "un", "eu");

    private final QueryLexicon lexicon;

    QuestionParser(QueryLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** Reads a question against {@code today}; the names in it are left for {@link QuestionResolver}. */
    ParsedQuestion parse(String question, LocalDate today) {
        String text = question.strip().replaceAll("[?!.]+$", "");
        Optional<DateRange> range = DateRange.find(text, today);
        String rest = range.map(r -> text.substring(0, r.start()) + " " + text.substring(r.end())).orElse(text);
        String lower = rest.toLowerCase(Locale.ROOT);
        String about = aboutPhrase(rest);
        String beforeAbout = about == null ? rest : rest.substring(0, rest.length() - about.length());
        String location = location(beforeAbout);
        Mentions names = names(beforeAbout, location);
        boolean statements = SPEECH.matcher(lower).find() || !MEETING.matcher(lower).find();
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
            } else if (!QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
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

    private static boolean isNameCandidate(String span) {
        List<String> words = Names.words(span);
        return !words.isEmpty() && words.stream().noneMatch(NOT_NAMES::contains);
    }

    /** The topic the phrase names (by the topic's name or its first keyword), if any. */
    private record Topic(String name) {
    }

    private Topic topic(String phrase) {
        List<String> words = Names.words(phrase);
        for (QueryLexicon.Topic t : lexicon.topics()) {
            String head = t.keywords().get(0);
            if (phrase.toLowerCase(Locale.ROOT).contains(t.name()) || words.stream().anyMatch(w -> w.startsWith(head))) {
                return new Topic(t.name());
            }
        }
        return new Topic(null);
    }

    private static List<String> significantWords(String phrase) {
        return Names.words(phrase).stream().filter(w -> !STOPWORDS.contains(w) && w.length() > 1).distinct().toList();
    }

    private static MeetingKind kind(String lower) {
        if (lower.contains("video")) {
            return MeetingKind.VIDEO_CALL;
        }
        return lower.matches(".*\\b(phone|phoned|telephone|call|called|calls)\\b.*") ? MeetingKind.PHONE_CALL : null;
    }
}
