package io.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * FeedKeys builds the keys of the scraper's items (the table layout is in {@link Keys}): a URL becomes the
 * first 32 hex digits of its SHA-256, so any length of URL fits a key.
 */
final class FeedKeys {

    static final String FEED_TYPE = "TYPE#F";

    private FeedKeys() {
    }

    static String feed(String url) {
        return "FEED#" + hash(url);
    }

    static String seen(String url) {
        return "SEEN#" + hash(url);
    }

    static String hash(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
