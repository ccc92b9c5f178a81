package io.parley.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A corpus of hostile article inputs, generated here (no fixture file): wrong encodings, sizes over the limits,
 * nesting, number and headline bombs, binary, control characters and terminal escapes, malformed JSON and HTML.
 * Each says whether Parley must refuse it (a 4xx, REJECTED, exit 1) or may store it (it is odd, but an article),
 * so every entry point is held to one list. Entry points add their own (special files, events, feeds).
 */
public final class HostileInputs {

    /** One input: a name for the report, its bytes, and whether it must be refused. */
    public record Input(String name, byte[] bytes, boolean refused) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Just above the 5 MB article limit. */
    public static final int OVER_LIMIT = 5 * 1024 * 1024 + 1;

    private static final String ARTICLE = "Envoys confer in Lisbon\n\nLISBON, Nov 18 (Example Wire) — Portuguese Foreign "
            + "Minister Ana Ruiz met Norwegian Foreign Minister Karl Boden in Lisbon on Tuesday.\n\n\"We agreed to keep "
            + "talking,\" Ruiz told reporters.\n";

    private HostileInputs() {
    }

    /** Every input of the corpus, generated afresh (the random parts from a fixed seed). */
    public static List<Input> all() {
        List<Input> inputs = new ArrayList<>();
        inputs.addAll(encodings());
        inputs.addAll(sizes());
        inputs.addAll(json());
        inputs.addAll(html());
        inputs.addAll(controls());
        return inputs;
    }

    static List<Input> encodings() {
        byte[] random = new byte[4096];
        new Random(15).nextBytes(random);
        return List.of(
                refused("empty", new byte[0]),
                refused("whitespace only", " \n\t\r\n ".getBytes(StandardCharsets.UTF_8)),
                refused("NUL bytes", new byte[1024]),
                refused("random binary", random),
                refused("UTF-16 with BOM", utf16(ARTICLE)),
                refused("invalid UTF-8 (Latin-1 bytes)", ARTICLE.replace("—", "é").getBytes(StandardCharsets.ISO_8859_1)),
                refused("truncated UTF-8 sequence", concat(ARTICLE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xE2, (byte) 0x80})),
                refused("overlong UTF-8 encoding of '/'", concat(ARTICLE.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF})),
                refused("gzip bytes given as text", gzipMagic()));
    }

    static List<Input> sizes() {
        return List.of(
                refused("just over the size limit", repeatToSize("Minister Ana Ruiz said the talks went on. ", OVER_LIMIT)),
                refused("one-megabyte headline", ("Talks " .repeat(200_000) + "\n\n" + ARTICLE).getBytes(StandardCharsets.UTF_8)),
                stored("one long paragraph without a full stop", ("Envoys confer\n\n" + "and the ministers ".repeat(100_000))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    static List<Input> json() {
        String body = "\"body\":\"Minister Ana Ruiz said the talks went well.\"";
        return List.of(
                refused("JSON nested 100,000 deep", ("{" + body + ",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8)),
                refused("JSON nested 100,000 deep, unclosed", ("{" + body + ",\"x\":" + "{\"a\":".repeat(100_000)).getBytes(StandardCharsets.UTF_8)),
                refused("JSON number of 1,000 digits", ("{" + body + ",\"n\":" + "7".repeat(1_000) + "}").getBytes(StandardCharsets.UTF_8)),
                refused("JSON number of 100,000 digits", ("{" + body + ",\"n\":1e" + "9".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8)),
                refused("JSON headline of 100,000 characters", ("{" + body + ",\"title\":\"" + "T".repeat(100_000) + "\"}").getBytes(StandardCharsets.UTF_8)),
                refused("JSON URL of 10,000 characters", ("{" + body + ",\"url\":\"https://x.example/" + "a".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8)),
                refused("JSON body a number", "{\"body\": 12}".getBytes(StandardCharsets.UTF_8)),
                stored("a JSON array (read as a one-line text)", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8)),
                refused("JSON truncated", ("{" + body + ",\"title\":\"Tal").getBytes(StandardCharsets.UTF_8)),
                refused("JSON with a bad date", ("{" + body + ",\"published\":\"the 45th of Brumaire\"}").getBytes(StandardCharsets.UTF_8)),
                stored("JSON with lone surrogate escapes", ("{" + body.replace("well.", "well \\ud800 and \\udfff.") + "}")
                        .getBytes(StandardCharsets.UTF_8)),
                refused("JSON with duplicate keys and no body", "{\"title\":\"a\",\"title\":\"b\"}".getBytes(StandardCharsets.UTF_8)));
    }

    static List<Input> html() {
        return List.of(
                refused("HTML without text", "<!doctype html><html><head><title>x</title></head><body><script>1</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8)),
                refused("HTML with a 100,000-character title", ("<html><head><title>" + "T".repeat(100_000) + "</title></head><body><p>"
                        + "Minister Ana Ruiz said the talks went well. ".repeat(20) + "</p></body></html>").getBytes(StandardCharsets.UTF_8)),
                stored("HTML nested 2,000 deep", ("<html><body>" + "<div>".repeat(2_000) + "<p>" + "Minister Ana Ruiz said the talks "
                        + "went well. ".repeat(10) + "</p>" + "</div>".repeat(2_000) + "</body></html>").getBytes(StandardCharsets.UTF_8)),
                stored("HTML never closed", ("<html><body><p>" + "Minister Ana Ruiz said the talks went well. <b><i><p>".repeat(500))
                        .getBytes(StandardCharsets.UTF_8)));
    }

    static List<Input> controls() {
        return List.of(
                stored("ANSI escapes in the text", ARTICLE.replace("keep", "\u001B[2J\u001B]0;owned\u0007keep\u001B[31m")
                        .getBytes(StandardCharsets.UTF_8)),
                stored("C1 controls and bidi overrides", ARTICLE.replace("Lisbon on", "Lisbon\u009B31m\u202Eon\u202C")
                        .getBytes(StandardCharsets.UTF_8)),
                stored("combining marks piled on", ARTICLE.replace("Ruiz told", "Ruiz" + "\u0301\u0316\u0337".repeat(2_000) + " told")
                        .getBytes(StandardCharsets.UTF_8)),
                stored("carriage returns only", ARTICLE.replace('\n', '\r').getBytes(StandardCharsets.UTF_8)));
    }

    private static Input refused(String name, byte[] bytes) {
        return new Input(name, bytes, true);
    }

    private static Input stored(String name, byte[] bytes) {
        return new Input(name, bytes, false);
    }

    private static byte[] utf16(String text) {
        return concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));
    }

    private static byte[] gzipMagic() {
        return concat(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}, new byte[512]);
    }

    private static byte[] repeatToSize(String unit, int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(size + unit.length());
        byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
        while (out.size() < size) {
            out.write(bytes, 0, bytes.length);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = new byte[a.length + b.length];
        System.arraycopy(a, 0, both, 0, a.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
