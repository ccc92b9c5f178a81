package io.parley.store;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** ItemSize measures an item as DynamoDB counts it against its 400 KB limit (names and values, in bytes). */
final class ItemSize {

    /** DynamoDB's largest item. */
    static final int LIMIT = 400 * 1024;

    private ItemSize() {
    }

    static long of(Map<String, AttributeValue> item) {
        long bytes = 0;
        for (Map.Entry<String, AttributeValue> e : item.entrySet()) {
            bytes += utf8(e.getKey()) + value(e.getValue());
        }
        return bytes;
    }

    private static long value(AttributeValue v) {
        if (v.s() != null) {
            return utf8(v.s());
        }
        if (v.b() != null) {
            return v.b().asByteArray().length;
        }
        if (v.hasSs()) {
            return v.ss().stream().mapToLong(ItemSize::utf8).sum();
        }
        return v.n() == null ? 1 : v.n().length();
    }

    private static long utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
