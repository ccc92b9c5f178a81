package io.parley.ingest.html;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** JsonLdBody turns a JSON-LD {@code articleBody} (plain text or HTML) into lines of text. */
final class JsonLdBody {

    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/][^>]*>");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00a0]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

    private JsonLdBody() {
    }

    /** The body as plain lines. */
    static String plain(String body) {
        String text = TAG.matcher(body).find()
                ? TextRenderer.render(List.of(Jsoup.parseBodyFragment(body).body()))
                : body;
        return BLANK_LINES.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("\n").strip();
    }
}
