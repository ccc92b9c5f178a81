package io.parley.store;

import static io.parley.store.Attributes.putIfPresent;
import static io.parley.store.Attributes.s;
import static io.parley.store.Attributes.string;

import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Maps a {@link StoredArticle} to its two items and back: {@code META} (title, dates, source, status; in the
 * {@code TYPE#A} article listing of gsi1) and {@code TEXT} (the text, gzip-compressed, so articles of about a
 * megabyte still fit DynamoDB's 400 KB item limit; in no index). Keeping the text apart makes the status update
 * after each extraction rewrite a few hundred bytes instead of the whole text in the table and in gsi1. Articles
 * stored before the split hold the text on {@code META} and read the same.
 */
final class ArticleItems {

    static final String STATUS = "status";
    static final String REASON = "reason";
    static final String EXTRACTOR_VERSION = "extractorVersion";
    /** The gsi1 partition listing every article, split into {@link Keys#shards shards}. */
    static final String LISTING = "TYPE#A";
    private static final String TEXT_ATTRIBUTE = "text";

    private ArticleItems() {
    }

    /** The {@code META} item: everything but the text. */
    static Map<String, AttributeValue> meta(StoredArticle stored) {
        ArticleInfo info = stored.article().info();
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.article(info.id()), Keys.META));
        item.put(TableDefinition.GSI1_PK, s(LISTING + "#" + Keys.shard(info.id())));
        item.put(TableDefinition.GSI1_SK, s(Keys.articleListing(info.published(), info.id())));
        item.put("id", s(info.id()));
        putIfPresent(item, "title", info.title());
        putIfPresent(item, "published", info.published());
        putIfPresent(item, "url", info.url());
        putIfPresent(item, "outlet", info.outlet());
        putIfPresent(item, "source", stored.source());
        putIfPresent(item, "ingestedAt", stored.ingestedAt());
        item.put(STATUS, s(stored.status().name()));
        putIfPresent(item, REASON, stored.reason());
        putIfPresent(item, EXTRACTOR_VERSION, stored.extractorVersion());
        return item;
    }

    /** The {@code TEXT} item: the article's text, gzip-compressed. */
    static Map<String, AttributeValue> text(StoredArticle stored) {
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.article(stored.id()), Keys.TEXT));
        item.put(TEXT_ATTRIBUTE, AttributeValue.fromB(SdkBytes.fromByteArray(gzip(stored.article().text()))));
        return item;
    }

    /** The bytes of the larger of the article's two items, which must each fit DynamoDB's item limit. */
    static long largestItem(StoredArticle stored) {
        return Math.max(ItemSize.of(meta(stored)), ItemSize.of(text(stored)));
    }

    /** Whether a {@code META} item holds the text itself, as articles stored before the {@code TEXT} item do. */
    static boolean holdsText(Map<String, AttributeValue> meta) {
        return meta.containsKey(TEXT_ATTRIBUTE);
    }

    /** The article's id, title, dates and address from its {@code META} item. */
    static ArticleInfo info(Map<String, AttributeValue> meta) {
        return new ArticleInfo(string(meta, "id"), string(meta, "title"),
                Attributes.date(meta, "published"), string(meta, "url"), string(meta, "outlet"));
    }

    /**
     * The stored article from its {@code META} item and the item holding its text: its {@code TEXT} item, or
     * the {@code META} item itself for an article stored before the split.
     */
    static StoredArticle fromItems(Map<String, AttributeValue> meta, Map<String, AttributeValue> textItem) {
        Article article = new Article(info(meta), gunzip(textItem.get(TEXT_ATTRIBUTE).b().asByteArray()));
        return new StoredArticle(article, string(meta, "source"), Attributes.instant(meta, "ingestedAt"),
                ArticleStatus.valueOf(string(meta, STATUS)), string(meta, REASON), string(meta, EXTRACTOR_VERSION));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
