package io.parley.store;

import java.util.List;
import java.util.Optional;

/**
 * FeedStore keeps the feeds that the scraper reads and the article addresses it has already handled.
 * Every write is idempotent or conditional, so a run repeated or overlapping with another changes nothing twice.
 */
public interface FeedStore {

    /** Adds a feed unless it is there; returns whether it was added. */
    boolean add(String url);

    /** Removes a feed; returns whether it was there. The addresses it led to stay seen. */
    boolean remove(String url);

    /** Every feed, in no particular order. */
    List<FeedRecord> list();

    Optional<FeedRecord> find(String url);

    /** Saves what a run learnt about a feed; does nothing when the feed was removed (or never added). */
    void saveRun(FeedRecord feed);

    /** The record of an article address, when the scraper has handled it before. */
    Optional<SeenUrl> seen(String url);

    /**
     * Records the outcome of fetching an article address, with a conditional put: the first record is
     * written only when none exists, a later one only over the record with {@code previousAttempts} attempts.
     *
     * @param previousAttempts the attempts of the record read before fetching, 0 when there was none
     * @return whether it was written; {@code false} when another run recorded the address meanwhile
     */
    boolean recordSeen(SeenUrl seen, int previousAttempts);
}
