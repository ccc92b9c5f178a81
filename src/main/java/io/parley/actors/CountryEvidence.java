package io.parley.actors;

import io.parley.lexicon.Lexicon;
import io.parley.model.Actor;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence ties a country to a person: the country or its demonym in the words just before the
 * name ("Ukrainian Foreign Minister Andrii Sybiha", "Ukraine's foreign minister, Andrii Sybiha") or in an apposition
 * right after it ("Andrii Sybiha, Ukraine's foreign minister"), never past another party's name. A country the
 * extractor gave a person that no sentence supports, and that another party of the same meeting has, came from
 * that other party ("EU foreign policy chief Kaja Kallas met Ukraine's Andrii Sybiha"): no profile takes it.
 */
public final class CountryEvidence {

    /** How far before or after a name a country word still describes it. */
    private static final int WINDOW = 60;
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}.'’-]*");

    private final Map<String, String> countryOf;

    public CountryEvidence(Map<String, String> countryOf) {
        this.countryOf = countryOf;
    }

    /** Over the country names and demonyms of {@code countries.txt} and {@code demonyms.txt}. */
    public static CountryEvidence load() {
        return new CountryEvidence(Lexicon.countryOf());
    }

    /**
     * Whether one of the sentences ties the person's stated country to them.
     *
     * @param others the names of the other people in those sentences: the words describing the person stop there
     */
    public boolean supports(Actor person, List<String> sentences, Collection<String> others) {
        String surname = surfaceSurname(person.name());
        return person.country() != null && !surname.isEmpty()
                && sentences.stream().anyMatch(s -> supportedIn(person.country(), surname, s, others));
    }

    private boolean supportedIn(String country, String surname, String sentence, Collection<String> others) {
        for (int at = sentence.indexOf(surname); at >= 0; at = sentence.indexOf(surname, at + 1)) {
            String before = sentence.substring(Math.max(0, at - WINDOW), at);
            int end = at + surname.length();
            String after = end < sentence.length() && sentence.charAt(end) == ','
                    ? sentence.substring(end, Math.min(sentence.length(), end + WINDOW)) : "";
            if (namesCountry(cutBefore(before, others), country) || namesCountry(cutAfter(after, others), country)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part of the text after the last name of another party in it, and after that party's own apposition
     * ("Oleh Marchuk, Ukraine's foreign minister, met …" describes Marchuk, not who he met).
     */
    private static String cutBefore(String text, Collection<String> others) {
        int from = 0;
        for (String other : others) {
            String s = surfaceSurname(other);
            int at = s.isEmpty() ? -1 : text.lastIndexOf(s);
            from = Math.max(from, at < 0 ? 0 : at + s.length());
        }
        String rest = text.substring(from);
        if (from > 0 && rest.startsWith(",")) {
            int close = rest.indexOf(',', 1);
            return close < 0 ? "" : rest.substring(close + 1);
        }
        return rest;
    }

    /** The part of the text before the first name of another party in it. */
    private static String cutAfter(String text, Collection<String> others) {
        int to = text.length();
        for (String other : others) {
            String s = surfaceSurname(other);
            int at = s.isEmpty() ? -1 : text.indexOf(s);
            to = at < 0 ? to : Math.min(to, at);
        }
        return text.substring(0, to);
    }

    private boolean namesCountry(String text, String country) {
        Matcher m = WORD.matcher(text);
        String wanted = NameForm.key(country);
        String previous = null;
        while (m.find()) {
            String word = m.group().replaceAll("['’]s$", "");
            if (isCountry(word, wanted) || previous != null && isCountry(previous + " " + word, wanted)) {
                return true;
            }
            previous = word;
        }
        return false;
    }

    private boolean isCountry(String word, String wantedKey) {
        String country = countryOf.get(word);
        return country != null && NameForm.key(country).equals(wantedKey);
    }

    /** The surname as written: the last word of the name that is not a generational suffix. */
    private static String surfaceSurname(String name) {
        List<String> words = Arrays.stream(name.strip().split("\\s+"))
                .filter(w -> !NameForm.isSuffix(w.replace(".", ""))).toList();
        return words.isEmpty() ? "" : words.get(words.size() - 1);
    }
}
