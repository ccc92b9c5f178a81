package io.parley.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A Lexicon reads one data file under {@code /lexicon/}: one entry a line, {@code #} starts a comment. It is the
 * one reader of Parley's word lists, shared by extraction and question answering, so both read the same words.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The entries of {@code /lexicon/<name>}, trimmed, comments and blank lines dropped. */
    public static List<String> lines(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + name);
            }
            return entries(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code /lexicon/<name>} is on the classpath (a build-generated lexicon may be absent). */
    public static boolean exists(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + name)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> entries(BufferedReader reader) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                out.add(entry);
            }
        }
        return out;
    }

    /** The first column of each entry, lower-cased with {@link Locale#ROOT}. */
    public static Set<String> lowerSet(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) {
            out.add(line.split("\t")[0].strip().toLowerCase(Locale.ROOT));
        }
        return frozen(out);
    }

    /** The entries as written (first column). */
    public static Set<String> exactSet(String name) {
        Set<String> out = new HashSet<>();
        for (String line : lines(name)) {
            out.add(line.split("\t")[0].strip());
        }
        return frozen(out);
    }

    /**
     * The country each country name and demonym stands for ("Russian" and "Russia" → Russia), from
     * {@code countries.txt} and {@code demonyms.txt}: extraction and questions read countries the same way.
     */
    public static Map<String, String> countryOf() {
        Map<String, String> out = new HashMap<>(pairs("demonyms.txt"));
        for (String country : exactSet("countries.txt")) {
            out.putIfAbsent(country, country);
        }
        return frozen(out);
    }

    /** Two tab-separated columns as a map; a line with one column maps to the empty string. */
    public static Map<String, String> pairs(String name) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(name)) {
            String[] cols = line.split("\t");
            out.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "");
        }
        return frozen(out);
    }

    /**
     * A read-only copy that is a hash set underneath, not {@link Set#copyOf}: most lookups in a word list miss, and
     * a hash set's miss compares cached hash codes only, where the open-addressed immutable set compares the
     * strings it probes (the extractor asks several lists about every token). {@code contains(null)} is false.
     */
    public static <T> Set<T> frozen(Set<T> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }

    /** {@link #frozen(Set)} for a map: a read-only hash map. */
    public static <K, V> Map<K, V> frozen(Map<K, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }
}
