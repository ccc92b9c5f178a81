package io.parley.api;

import io.parley.service.Ids;
import io.parley.store.PageRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads and checks query parameters; anything wrong becomes a 400 with a message that names the parameter. A value
 * has at most {@value #MAX_VALUE} characters ({@value #MAX_TOKEN} for the page token {@code next}), since values
 * become parts of DynamoDB keys, which have byte limits, and a path id is checked by {@link Ids}.
 */
final class Params {

    static final int MAX_VALUE = 500;
    static final int MAX_TOKEN = 4_096;

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    /** The request's parameters, refusing any name not in {@code allowed}. */
    static Params of(ApiRequest request, Set<String> allowed) {
        Set<String> unknown = new TreeSet<>(request.query().keySet());
        unknown.removeAll(allowed);
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown query parameter(s) " + unknown + "; allowed: " + new TreeSet<>(allowed));
        }
        request.query().forEach(Params::checkLength);
        return new Params(request.query());
    }

    /** A path parameter that names an item, refused (400) when it cannot be an id. */
    static String id(String name, String value) {
        Ids.problem(value).ifPresent(problem -> {
            throw ApiException.badRequest("'" + name + "' is not an id: " + problem);
        });
        return value;
    }

    private static void checkLength(String name, String value) {
        int max = name.equals("next") ? MAX_TOKEN : MAX_VALUE;
        if (value != null && value.length() > max) {
            throw ApiException.badRequest("'" + name + "' is " + value.length() + " characters long; at most " + max);
        }
    }

    /** A trimmed, non-blank value or {@code null}. */
    String text(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    LocalDate date(String name) {
        String value = text(name);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("'" + name + "' must be a date like 2025-11-19, not '" + value + "'");
        }
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("'" + name + "' must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    PageRequest page() {
        String limit = text("limit");
        int n;
        try {
            n = limit == null ? PageRequest.DEFAULT_LIMIT : Integer.parseInt(limit);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > PageRequest.MAX_LIMIT) {
            throw ApiException.badRequest("'limit' must be a whole number from 1 to " + PageRequest.MAX_LIMIT);
        }
        return new PageRequest(n, text("next"));
    }

    /** Checks that {@code from} is not after {@code to}. */
    static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiException.badRequest("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }
}
