package io.parley.store;

import io.parley.actors.NameForm;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Keys builds every key of the single table in one place.
 *
 * <pre>
 * pk                  sk                          gsi1pk / gsi1sk        gsi2pk / gsi2sk      item
 * ARTICLE#id          META                        TYPE#A / A#date#id     -                    article, status
 * ARTICLE#id          TEXT                        -                      -                    article text (gzip)
 * ARTICLE#id          EXTRACTION                  -                      -                    current version, summary
 * ARTICLE#id          MEETING#v#007               TYPE#M#shard / fact key -                   one meeting, its copies
 * ARTICLE#id          STATEMENT#v#012             TYPE#S#shard / fact key -                   one statement, its copies
 * ARTICLE#id          TERMS#v#000                 -                      -                    the version's posting terms
 * ACTOR#actor-id      PROFILE                     -                      -                    actor profile
 * ACTOR#actor-id      fact key                    -                      -                    index copy
 * COUNTRY#country     fact key                    -                      -                    index copy
 * TOPIC#topic         fact key                    -                      -                    index copy
 * TERM#term           S#date#article#version      -                      -                    posting: statement numbers
 * ACTORS              surname-skeleton#actor-id   -                      COUNTRY#c / ACTOR#id actor directory
 * FEED#url-hash       META                        TYPE#F / url           -                    feed, validators, last run
 * SEEN#url-hash       META                        -                      -                    scraped address, outcome
 * TABLE               SHARDED                     -                      -                    no unsharded facts
 * </pre>
 *
 * A fact key is {@code M#<date>#<articleId>#<version>#<nnn>} (meetings) or
 * {@code S#<date>#<articleId>#<version>#<nnn>} (statements), so one sort-key range selects a type and a date
 * range, newest first; the version is the extraction's id ({@link ExtractionVersion}), so two extractions of
 * one article never share a key and readers keep only the current one ({@link CurrentVersions}). FEED and SEEN keys
 * are built by {@link FeedKeys} (url-hash: 32 hex digits of the URL's SHA-256).
 *
 * <p>The all-items partitions ({@code TYPE#M}, {@code TYPE#S}, and {@code TYPE#A} for articles) are split into
 * {@link #SHARDS} shards by a hash of the article id ({@link #shard}), so a back-fill spreads its writes;
 * readers merge the shards and the unsharded partition that tables written before shards still hold
 * ({@link #typeShards}), unless the table's marker says it holds none ({@link TableLayout}).
 */
final class Keys {

    static final String META = "META";
    /** The sort key of an article's text item ({@link ArticleItems}). */
    static final String TEXT = "TEXT";
    static final String EXTRACTION = "EXTRACTION";
    static final String ACTORS = "ACTORS";
    /** The partition and sort key of the table's layout marker ({@link TableLayout}). */
    static final String TABLE = "TABLE";
    static final String SHARDED = "SHARDED";
    static final String UNDATED = "0000-00-00";
    /** How many shards each all-items partition has. */
    static final int SHARDS = 8;

    private Keys() {
    }

    static String article(String id) {
        return "ARTICLE#" + id;
    }

    static String actorId(String id) {
        return "ACTOR#" + id;
    }

    static String country(String country) {
        return "COUNTRY#" + NameForm.key(country);
    }

    static String topic(String topic) {
        return "TOPIC#" + NameForm.key(topic);
    }

    /** The unsharded all-facts partition of a type, as tables written before shards hold it. */
    static String type(FactType type) {
        return "TYPE#" + type.prefix;
    }

    /** The all-facts partition shard of a type that an article's facts go to. */
    static String type(FactType type, String articleId) {
        return type(type) + "#" + shard(articleId);
    }

    /**
     * Every shard of a type's all-facts partition, then, if the table may still hold it ({@link TableLayout}), the
     * unsharded one of tables written before shards.
     */
    static List<String> typeShards(FactType type, boolean unsharded) {
        List<String> all = shards(type(type));
        return unsharded ? all : all.subList(0, SHARDS);
    }

    /** Every shard of an all-items partition ({@code base#0} … {@code base#7}), then {@code base} itself. */
    static List<String> shards(String base) {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < SHARDS; i++) {
            all.add(base + "#" + i);
        }
        all.add(base);
        return List.copyOf(all);
    }

    /** The shard of an article: its id's hash modulo {@link #SHARDS} (stable: {@code String.hashCode} is specified). */
    static int shard(String articleId) {
        return Math.floorMod(articleId.hashCode(), SHARDS);
    }

    /** The posting partition of a search term ({@link SearchTerms}). */
    static String term(String term) {
        return "TERM#" + term;
    }

    static String articleListing(LocalDate published, String id) {
        return "A#" + date(published) + "#" + id;
    }

    static String fact(FactType type, LocalDate date, String articleId, String version, int index) {
        return type.prefix + "#" + date(date) + "#" + articleId + "#" + version + "#" + number(index);
    }

    /** The sort key of an extraction's list of posting terms ({@link TermLists}). */
    static String termList(String version, int index) {
        return TermLists.PREFIX + version + "#" + number(index);
    }

    static String factItem(FactType type, String version, int index) {
        return type.itemPrefix + version + "#" + number(index);
    }

    /**
     * The key of the main item a versioned fact key names ({@code S#<date>#<article>#<version>#<nnn>} →
     * {@code ARTICLE#<article>} / {@code STATEMENT#<version>#<nnn>}).
     */
    static Map<String, AttributeValue> mainOfFact(String factKey) {
        String[] parts = factKey.split("#");
        FactType type = parts[0].equals(FactType.MEETING.prefix) ? FactType.MEETING : FactType.STATEMENT;
        return Attributes.key(article(parts[2]), type.itemPrefix + parts[3] + "#" + parts[4]);
    }

    /** The date inside a fact key ({@code yyyy-mm-dd}, {@link #UNDATED} for an undated article's facts). */
    static String dateOfFact(String factKey) {
        return factKey.split("#")[1];
    }

    /** The article id inside a fact key. */
    static String articleOfFact(String factKey) {
        return factKey.split("#")[2];
    }

    /**
     * The extraction version inside a fact key; {@link ExtractionVersion#LEGACY} for the keys written before
     * versions ({@code M#<date>#<articleId>#<nnn>}).
     */
    static String versionOfFact(String factKey) {
        String[] parts = factKey.split("#");
        return parts.length == 5 ? parts[3] : ExtractionVersion.LEGACY;
    }

    private static String number(int index) {
        return String.format(Locale.ROOT, "%03d", index);
    }

    /** The lowest fact key on or after {@code from} (or of all time). */
    static String factLow(FactType type, LocalDate from) {
        return type.prefix + "#" + (from == null ? "" : from.toString());
    }

    /** The highest fact key on or before {@code to} (or of all time). */
    static String factHigh(FactType type, LocalDate to) {
        return type.prefix + "#" + (to == null ? "~" : to + "#~");
    }

    static String directory(String name, String actorId) {
        return NameForm.skeleton(NameForm.surname(name)) + "#" + actorId;
    }

    private static String date(LocalDate date) {
        return date == null ? UNDATED : date.toString();
    }

    /** The two kinds of fact in the table. */
    enum FactType {
        MEETING("M", "MEETING#"), STATEMENT("S", "STATEMENT#");

        final String prefix;
        final String itemPrefix;

        FactType(String prefix, String itemPrefix) {
            this.prefix = prefix;
            this.itemPrefix = itemPrefix;
        }
    }
}
