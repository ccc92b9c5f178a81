package io.parley.store;

/**
 * How many results to return and where to resume ({@code token} from the previous {@link Page}, or
 * {@code null} for the first page).
 */
public record PageRequest(int limit, String token) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
