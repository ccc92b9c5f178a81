package io.parley.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Encodes the position a page stopped at (the last fact key it returned, or the last one it read when its read
 * budget ran out) as an opaque, URL-safe token.
 */
final class PageToken {

    private static final String VERSION = "v1:";
    private static final Pattern FACT_KEY = Pattern.compile("[MS]#\\d{4}-\\d{2}-\\d{2}#[\\w.-]{1,128}#(?:[0-9a-f]{12}#)?\\d{3}");

    private PageToken() {
    }

    static String encode(String factKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + factKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The fact key the token stands for. */
    static String decode(String token) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidPageTokenException();
        }
        if (!plain.startsWith(VERSION) || !FACT_KEY.matcher(plain.substring(VERSION.length())).matches()) {
            throw new InvalidPageTokenException();
        }
        return plain.substring(VERSION.length());
    }
}
