package io.parley.store;

import io.parley.json.Json;
import io.parley.model.Extraction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * ExtractionVersion names one extraction of an article: the first 12 hex digits of the SHA-256 of the rules'
 * version, the extraction's JSON and the actor ids its facts were filed under. The same result stored twice
 * (a redelivered message) gets the same version, so it writes the same keys; any other result gets another
 * version, so its facts never overwrite the facts readers see until the article is switched to it.
 */
final class ExtractionVersion {

    /** The version of facts written before versions existed (their keys carry none). */
    static final String LEGACY = "";
    private static final int HEX_DIGITS = 12;

    private ExtractionVersion() {
    }

    static String of(String extractorVersion, Extraction extraction, List<String> actorIds) {
        String identity = extractorVersion + "\n" + Json.write(extraction) + "\n" + String.join(",", actorIds);
        return HexFormat.of().formatHex(sha256(identity)).substring(0, HEX_DIGITS);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
