package io.parley.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * RequestUnits sizes an item as DynamoDB bills it: attribute names plus values in bytes (UTF-8 strings, binary
 * lengths, numbers by their digits), one write unit per started kilobyte, and which of Parley's two global
 * secondary indexes (both project every attribute) an item is written to.
 */
final class RequestUnits {

    static final int WRITE_UNIT_BYTES = 1024;
    /** The partition keys of the table's two global secondary indexes ({@code TableDefinition}). */
    static final List<String> INDEX_KEYS = List.of("gsi1pk", "gsi2pk");

    private RequestUnits() {
    }

    /** The billed size of an item in bytes. */
    static long size(Map<String, AttributeValue> item) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            bytes += utf8(e.getKey()) + value(e.getValue());
        }
        return bytes;
    }

    /** The write units of putting one item: one per started KB, at least one. */
    static long writeUnits(Map<String, AttributeValue> item) {
        return Math.max(1, (size(item) + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
    }

    /** How many global secondary indexes a put of this item also writes. */
    static int indexesOf(Map<String, AttributeValue> item) {
        return (int) INDEX_KEYS.stream().filter(item::containsKey).count();
    }

    /** Whether an update of the item with this key also updates an index: an article's META item is in gsi1. */
    static boolean indexedInPlace(Map<String, AttributeValue> key) {
        AttributeValue pk = key.get("pk");
        AttributeValue sk = key.get("sk");
        return pk != null && sk != null && pk.s().startsWith("ARTICLE#") && "META".equals(sk.s());
    }

    /** The kind of an item: its partition key up to the first {@code #} ({@code ARTICLE}, {@code TERM}, …), with its sort key's for an article's items. */
    static String kind(Map<String, AttributeValue> item) {
        String pk = item.get("pk").s();
        String kind = pk.contains("#") ? pk.substring(0, pk.indexOf('#')) : pk;
        if (kind.equals("ARTICLE")) {
            String sk = item.get("sk").s();
            return kind + "/" + (sk.contains("#") ? sk.substring(0, sk.indexOf('#')) : sk);
        }
        return kind;
    }

    private static long value(AttributeValue v) {
        if (v.s() != null) {
            return utf8(v.s());
        }
        if (v.n() != null) {
            return v.n().length();
        }
        if (v.b() != null) {
            return v.b().asByteArray().length;
        }
        if (v.hasSs()) {
            return v.ss().stream().mapToLong(RequestUnits::utf8).sum();
        }
        if (v.hasL()) {
            return 3 + v.l().stream().mapToLong(e -> 1 + value(e)).sum();
        }
        if (v.hasM()) {
            return 3 + v.m().size() + size(v.m());
        }
        return 1;
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
