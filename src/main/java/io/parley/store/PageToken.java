package io.parley.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Encodes the position a page stopped at (the last fact key it returned, or the last one it read when its read
 * budget ran out; for a page of actors, the last directory key) as an opaque, URL-safe token.
 */
final class PageToken {

    private static final String VERSION = "v1:";
    private static final String DIRECTORY_VERSION = "a1:";
    private static final Pattern DIRECTORY_KEY = Pattern.compile("[^#\\p{Cntrl}]{0,200}#[^#\\p{Cntrl}]{1,200}");
    private static final Pattern FACT_KEY = Pattern.compile("[MS]#\\d{4}-\\d{2}-\\d{2}#[\\w.-]{1,128}#(?:[0-9a-f]{12}#)?\\d{3}");

    private PageToken() {
    }

    static String encode(String factKey) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((VERSION + factKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The fact key the token stands for. */
    static String decode(String token) {
        return decode(token, VERSION, FACT_KEY);
    }

    /** A token for the actor directory entry a page of actors stopped at. */
    static String encodeDirectory(String directoryKey) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((DIRECTORY_VERSION + directoryKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The actor directory key (sort key of the {@code ACTORS} partition) the token stands for. */
    static String decodeDirectory(String token) {
        return decode(token, DIRECTORY_VERSION, DIRECTORY_KEY);
    }

    private static String decode(String token, String version, Pattern key) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidPageTokenException();
        }
        if (!plain.startsWith(version) || !key.matcher(plain.substring(version.length())).matches()) {
            throw new InvalidPageTokenException();
        }
        return plain.substring(version.length());
    }
}
