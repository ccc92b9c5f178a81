package io.parley.store;

import io.parley.model.ActorProfile;
import io.parley.model.Extraction;
import io.parley.model.MeetingEntry;
import io.parley.model.StatementEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Parley's storage, in domain words. Every write is idempotent. */
public interface ParleyStore {

    /**
     * Stores a new article once.
     *
     * @return {@code false} when an article with the same id is already stored (it is left unchanged)
     * @throws ArticleTooLargeException when the article does not fit one item even compressed
     */
    boolean saveNew(StoredArticle article);

    /** The stored article, if any. */
    Optional<StoredArticle> find(String articleId);

    /** The id of every stored article, read lazily page by page (the table may be large); no order is promised. */
    Iterable<String> articleIds();

    /**
     * Replaces the article's meetings, statements and index items with those of {@code extraction} and marks
     * it {@link ArticleStatus#EXTRACTED}. All or nothing as readers see it: until it returns they see the
     * earlier extraction whole (or none); if it fails part-way they still do, and the partial facts are deleted
     * by the article's next extraction or failure. Running it twice leaves exactly the same items.
     *
     * @return the actor groups (surname skeletons) to which the extraction brought new evidence (a new profile,
     *         spelling, country or title): each should be revised ({@link #reviseActors}) by a job of its own
     * @throws ArticleNotFoundException when the article is not stored
     */
    Set<String> saveExtraction(String articleId, Extraction extraction, String extractorVersion);

    /**
     * Revisits the resolution of one actor group (the profiles under a surname skeleton) from every mention
     * filed under it ({@link io.parley.actors.ActorRevision}): joins profiles later evidence shows are one
     * person (the absorbed one left as a redirect), splits off the mentions of another person, and files the
     * affected articles' facts again under the right ids. Idempotent: a second run, or two runs in any order,
     * end in the same state.
     *
     * @throws StoreException when an article was extracted again meanwhile (run it again)
     */
    ActorsRevised reviseActors(String surnameSkeleton);

    /**
     * Marks the article {@link ArticleStatus#FAILED} with the reason. A failed article shows no facts: its
     * current extraction is dropped first, then its facts are deleted.
     */
    void markFailed(String articleId, String reason);

    /** The stored extraction of an article (meetings, statements, summary), if it was extracted. */
    Optional<Extraction> extraction(String articleId);

    /** Meetings matching the filter, newest first. */
    Page<MeetingEntry> meetings(MeetingFilter filter, PageRequest page);

    /**
     * The meetings of each filter, newest first, each read to its end or to {@link PageRequest#MAX_BULK}: what
     * reading every page of {@link #meetings} per filter gives, in fewer round trips (the filters' queries at once,
     * their items' versions checked together). Meant for many small reads (an actor's meetings around some dates).
     */
    default List<List<MeetingEntry>> meetingsOfEach(List<MeetingFilter> filters) {
        List<List<MeetingEntry>> out = new java.util.ArrayList<>();
        for (MeetingFilter filter : filters) {
            List<MeetingEntry> all = new java.util.ArrayList<>();
            String token = null;
            do {
                Page<MeetingEntry> page = meetings(filter, new PageRequest(PageRequest.MAX_BULK - all.size(), token));
                all.addAll(page.items());
                token = page.next();
            } while (token != null && all.size() < PageRequest.MAX_BULK);
            out.add(all);
        }
        return out;
    }

    /** Statements matching the filter, newest first. */
    Page<StatementEntry> statements(StatementFilter filter, PageRequest page);

    /**
     * Statements found through the free-word index, newest first: those whose postings hold a term of every
     * group. A request reads at most the read budget of postings, however large the table; a page cut short
     * there (possibly empty) has a {@code next} token that resumes below where it stopped.
     *
     * @throws InvalidPageTokenException when the page's token is not one this method gave
     */
    Page<StatementEntry> statementsWithTerms(TermFilter filter, PageRequest page);

    /**
     * The statements {@link #statementsWithTerms} finds, newest first, as their postings describe them, read from
     * the postings alone (within the same read budget; a page has the same {@code next} token rule): a question
     * ranks them from these and reads only the statements it shows ({@link #statementsByKey}). Postings of
     * superseded extractions not yet cleaned are among them; they have no current statement.
     *
     * @throws InvalidPageTokenException when the page's token is not one this method gave
     */
    Page<TermHit> termHits(TermFilter filter, PageRequest page);

    /**
     * The statements with these fact keys that belong to their article's current extraction, by fact key: those
     * of superseded extractions, or gone, are left out.
     */
    Map<String, StatementEntry> statementsByKey(List<String> factKeys);

    /** Actors whose names match {@code name} (a surname, a full name, a spelling variant). */
    List<ActorProfile> actors(String name);

    /** The actor with this id; an id absorbed by another profile answers that profile. */
    Optional<ActorProfile> actor(String id);

    /** The actor's meetings and statements, oldest first, if the actor exists. */
    Optional<Timeline> timeline(String actorId);

    /** Every actor of a country. */
    List<ActorProfile> actorsOfCountry(String country);

    /**
     * Every known actor, a page at a time, in directory order (by the skeleton of the surname, then the id).
     *
     * @throws InvalidPageTokenException when the page's token is not one this method gave
     */
    Page<ActorProfile> allActors(PageRequest page);
}
