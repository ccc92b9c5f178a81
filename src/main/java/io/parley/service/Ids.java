package io.parley.service;

import java.util.Optional;

/**
 * Ids holds what an article or actor id given from outside (a path of the API, an extract message) must be
 * before it goes into a DynamoDB key, whose parts are limited to 2,048 bytes (partition) and 1,024 bytes (sort):
 * at most {@value #MAX_LENGTH} characters and no control characters. Parley's own ids are far shorter (an
 * article id is 16 hex digits), so anything longer cannot name a stored item.
 */
public final class Ids {

    public static final int MAX_LENGTH = 200;

    private Ids() {
    }

    /** Why {@code id} cannot be an id, or empty when it can. */
    public static Optional<String> problem(String id) {
        if (id == null || id.isBlank()) {
            return Optional.of("the id is empty");
        }
        if (id.length() > MAX_LENGTH) {
            return Optional.of("the id is " + id.length() + " characters long; ids have at most " + MAX_LENGTH);
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("the id holds control characters");
        }
        return Optional.empty();
    }
}
