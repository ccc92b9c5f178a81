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
 * Maps a {@link StoredArticle} to its META item and back. The text is kept gzip-compressed, so articles
 * of about a megabyte still fit DynamoDB's 400 KB item limit.
 */
final class ArticleItems {

    static final String STATUS = "status";
    static final String REASON = "reason";
    static final String EXTRACTOR_VERSION = "extractorVersion";
    /** The gsi1 partition listing every article, split into {@link Keys#shards shards}. */
    static final String LISTING = "TYPE#A";

    private ArticleItems() {
    }

    static Map<String, AttributeValue> toItem(StoredArticle stored) {
        ArticleInfo info = stored.article().info();
        Map<String, AttributeValue> item = new HashMap<>(Attributes.key(Keys.article(info.id()), Keys.META));
        item.put(TableDefinition.GSI1_PK, s(LISTING + "#" + Keys.shard(info.id())));
        item.put(TableDefinition.GSI1_SK, s(Keys.articleListing(info.published(), info.id())));
        item.put("id", s(info.id()));
        putIfPresent(item, "title", info.title());
        putIfPresent(item, "published", info.published());
        putIfPresent(item, "url", info.url());
        putIfPresent(item, "outlet", info.outlet());
        item.put("text", AttributeValue.fromB(SdkBytes.fromByteArray(gzip(stored.article().text()))));
        putIfPresent(item, "source", stored.source());
        putIfPresent(item, "ingestedAt", stored.ingestedAt());
        item.put(STATUS, s(stored.status().name()));
        putIfPresent(item, REASON, stored.reason());
        putIfPresent(item, EXTRACTOR_VERSION, stored.extractorVersion());
        return item;
    }

    static StoredArticle fromItem(Map<String, AttributeValue> item) {
        ArticleInfo info = new ArticleInfo(string(item, "id"), string(item, "title"),
                Attributes.date(item, "published"), string(item, "url"), string(item, "outlet"));
        Article article = new Article(info, gunzip(item.get("text").b().asByteArray()));
        return new StoredArticle(article, string(item, "source"), Attributes.instant(item, "ingestedAt"),
                ArticleStatus.valueOf(string(item, STATUS)), string(item, REASON), string(item, EXTRACTOR_VERSION));
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
