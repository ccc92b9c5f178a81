package io.parley.extract;

import io.parley.model.Actor;

/** An Entity is one actor of an article, with the fullest name any of its mentions gives. */
record Entity(int id, String name, String title, String country, Kind kind, boolean female) {

    /** What an entity is. */
    enum Kind { PERSON, INSTITUTION, COUNTRY }

    boolean isPerson() {
        return kind == Kind.PERSON;
    }

    Actor toActor() {
        return new Actor(name, title, country);
    }
}
