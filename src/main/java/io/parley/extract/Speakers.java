package io.parley.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Speakers is one article's speaking entities: the entities coreference found, plus the bodies that only
 * speak ("her ministry", "the statement from the president's office"), added while attributing. Ids below
 * the coreference count are coreference ids; the added bodies follow them.
 */
final class Speakers {

    private final Coreference.Result coref;
    private final List<Entity> added = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();

    Speakers(Coreference.Result coref) {
        this.coref = coref;
        for (Entity e : coref.entities()) {
            if (e.kind() == Entity.Kind.INSTITUTION) {
                byName.putIfAbsent(key(e.name()), e.id());
            }
        }
    }

    Entity get(int id) {
        int base = coref.entities().size();
        return id < base ? coref.entities().get(id) : added.get(id - base);
    }

    /** The id of the body of that name, added on first use. */
    int body(String name, String country) {
        return byName.computeIfAbsent(key(name), k -> {
            int id = coref.entities().size() + added.size();
            added.add(new Entity(id, name, null, country, Entity.Kind.INSTITUTION, false));
            return id;
        });
    }

    /** The id of a person named only where no mention was found (a heading in capitals), added on first use. */
    int person(String name, boolean female) {
        return byName.computeIfAbsent("person:" + key(name), k -> {
            int id = coref.entities().size() + added.size();
            added.add(new Entity(id, name, null, null, Entity.Kind.PERSON, female));
            return id;
        });
    }

    /** The coreference result with the added bodies appended to its entities. */
    Coreference.Result result() {
        if (added.isEmpty()) {
            return coref;
        }
        List<Entity> all = new ArrayList<>(coref.entities());
        all.addAll(added);
        return new Coreference.Result(List.copyOf(all), coref.entityOf());
    }

    private static String key(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith("the ") ? n.substring(4) : n;
    }
}
