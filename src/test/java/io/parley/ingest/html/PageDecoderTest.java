package io.parley.ingest.html;

import static io.parley.testing.CharsetPages.JAPANESE;
import static io.parley.testing.CharsetPages.LATIN1;
import static io.parley.testing.CharsetPages.WESTERN;
import static io.parley.testing.CharsetPages.httpEquivPage;
import static io.parley.testing.CharsetPages.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final Charset SJIS = Charset.forName("Shift_JIS");

    private static void assertDecoded(PageDecoder.Decoded d, String sentence, String charset, String basis) {
        assertTrue(d.text().contains("<p>" + sentence + "</p>"), d.text());
        assertEquals(charset, d.charset().name());
        assertEquals(basis, d.basis());
    }

    @Test
    void readsWindows1252ByItsMetaCharset() {
        assertDecoded(PageDecoder.decode(page(WESTERN, CP1252, "windows-1252"), null), WESTERN, "windows-1252", "meta");
    }

    @Test
    void readsIso88591AsWindows1252AsBrowsersDo() {
        assertDecoded(PageDecoder.decode(page(LATIN1, StandardCharsets.ISO_8859_1, "ISO-8859-1"), null), LATIN1,
                "windows-1252", "meta");
        // The curly quotes of windows-1252 under an ISO-8859-1 label, as old Western sites send them.
        assertDecoded(PageDecoder.decode(page(WESTERN, CP1252, "iso-8859-1"), null), WESTERN, "windows-1252", "meta");
    }

    @Test
    void readsShiftJisByItsHttpEquivDeclaration() {
        assertDecoded(PageDecoder.decode(httpEquivPage(JAPANESE, SJIS, "Shift_JIS"), null), JAPANESE, "windows-31j",
                "meta");
    }

    @Test
    void theHttpContentTypeWinsOverTheMetaTag() {
        byte[] bytes = page(JAPANESE, SJIS, "utf-8");
        assertDecoded(PageDecoder.decode(bytes, "text/html; charset=Shift_JIS"), JAPANESE, "windows-31j", "http");
    }

    @Test
    void aByteOrderMarkWinsOverEveryDeclaration() {
        byte[] page = page(WESTERN, StandardCharsets.UTF_8, "windows-1252");
        byte[] withBom = new byte[page.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(page, 0, withBom, 3, page.length);
        PageDecoder.Decoded d = PageDecoder.decode(withBom, "text/html; charset=ISO-8859-1");
        assertDecoded(d, WESTERN, "UTF-8", "bom");
        assertTrue(d.text().startsWith("<!doctype"), d.text());
    }

    @Test
    void aLegacyDeclarationOverUtf8BytesIsPassedOver() {
        assertDecoded(PageDecoder.decode(page(WESTERN, StandardCharsets.UTF_8, "iso-8859-1"), null), WESTERN, "UTF-8",
                "detected");
    }

    @Test
    void aUtf8DeclarationOverWindows1252BytesIsPassedOverForTheNextDeclaration() {
        assertDecoded(PageDecoder.decode(page(WESTERN, CP1252, "windows-1252"), "text/html; charset=utf-8"), WESTERN,
                "windows-1252", "meta");
    }

    @Test
    void aUtf8DeclarationOverWindows1252BytesWithNoOtherDeclarationFallsBackToWindows1252() {
        assertDecoded(PageDecoder.decode(page(WESTERN, CP1252, "utf-8"), null), WESTERN, "windows-1252", "detected");
    }

    @Test
    void undeclaredPagesAreUtf8WhenValidElseWindows1252() {
        assertDecoded(PageDecoder.decode(page(JAPANESE, StandardCharsets.UTF_8, null), null), JAPANESE, "UTF-8",
                "detected");
        assertDecoded(PageDecoder.decode(page(WESTERN, CP1252, null), null), WESTERN, "windows-1252", "detected");
    }

    @Test
    void anUndeclaredShiftJisPageIsDetected() {
        assertDecoded(PageDecoder.decode(page(JAPANESE, SJIS, null), null), JAPANESE, "windows-31j", "detected");
    }

    @Test
    void anUndeclaredEucJpPageIsDetected() {
        assertDecoded(PageDecoder.decode(page(JAPANESE, Charset.forName("EUC-JP"), null), null), JAPANESE, "EUC-JP",
                "detected");
    }

    @Test
    void aWindows1252DeclarationOverShiftJisBytesIsOverruledByDetection() {
        assertDecoded(PageDecoder.decode(page(JAPANESE, SJIS, "windows-1252"), null), JAPANESE, "windows-31j",
                "detected");
    }

    @Test
    void aLyingContentTypeIsPassedOverForTheMetaTag() {
        assertDecoded(PageDecoder.decode(page(JAPANESE, SJIS, "Shift_JIS"), "text/html; charset=ISO-8859-1"), JAPANESE,
                "windows-31j", "meta");
    }

    @Test
    void aShiftJisDeclarationOverWindows1252BytesIsPassedOver() {
        assertDecoded(PageDecoder.decode(page(WESTERN, CP1252, "Shift_JIS"), null), WESTERN, "windows-1252", "detected");
    }

    @Test
    void anUnknownLabelIsIgnored() {
        assertDecoded(PageDecoder.decode(page(WESTERN, StandardCharsets.UTF_8, "x-no-such-charset"), null), WESTERN,
                "UTF-8", "detected");
    }

    @Test
    void readsTheCharsetOfAContentTypeValue() {
        assertEquals("windows-1252", PageDecoder.charsetOf("text/html;charset=\"latin1\"").orElseThrow().name());
        assertTrue(PageDecoder.charsetOf("text/html").isEmpty());
        assertTrue(PageDecoder.charsetOf(null).isEmpty());
    }
}
