package io.parley.store;

/**
 * How many results to return and where to resume ({@code token} from the previous {@link Page}, or
 * {@code null} for the first page).
 */
public record PageRequest(int limit, String token) {

    public static final int DEFAULT_LIMIT = 20;
    /** The largest page the API serves. */
    public static final int MAX_LIMIT = 100;
    /** The largest page internal readers (question answering, the graph) may ask for at once. */
    public static final int MAX_BULK = 5_000;

    public PageRequest {
        if (limit < 1 || limit > MAX_BULK) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_BULK);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
