package io.parley.ingest;

import io.parley.ingest.html.HtmlArticleExtractor;
import io.parley.ingest.html.HtmlPage;
import io.parley.ingest.html.PageDecoder;
import io.parley.ingest.html.PageTooComplexException;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import java.time.LocalDate;

/**
 * ArticleReader turns the bytes of an input file into an {@link Article}. It decodes them (HTML by its declared
 * charset, see {@link PageDecoder}; JSON and plain text as UTF-8, a byte-order mark dropped), detects the format
 * and reads it:
 * <ul>
 *   <li>JSON {@code {"title","body","published","url","outlet"}}: text is title, a blank line, then body;</li>
 *   <li>HTML: the page's headline, a blank line, then its main text ({@link HtmlArticleExtractor});</li>
 *   <li>plain text: kept exactly as decoded; line 1 is the headline.</li>
 * </ul>
 * The article id is {@link ContentHash#of(String)} of the text. Empty, binary, oversize, too complex or
 * malformed input (and JSON or plain text that is not UTF-8), and metadata over the {@link FieldLimits} (a
 * headline of more than 1,000 characters), is refused with an {@link InvalidArticleException} whose message is
 * meant for users.
 *
 * <p>Immutable and thread-safe; it performs no I/O.
 */
public final class ArticleReader {

    /** The default input limit: 5 MB. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final TextDecoder decoder;
    private final HtmlArticleExtractor html = new HtmlArticleExtractor();

    /** A reader with the default 5 MB limit. */
    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A reader that refuses inputs larger than {@code maxBytes}. */
    public ArticleReader(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.decoder = new TextDecoder(maxBytes);
    }

    /** Reads an article; the publication date comes from the input when it has one. */
    public Article read(byte[] bytes) throws InvalidArticleException {
        return read(bytes, null);
    }

    /**
     * Reads an article.
     *
     * @param bytes     the file's content
     * @param published a publication date that overrides the input's own, or {@code null} to keep it
     */
    public Article read(byte[] bytes, LocalDate published) throws InvalidArticleException {
        return read(bytes, published, null);
    }

    /**
     * Reads an article that came with a transport {@code Content-Type} (a scraped page), whose charset decodes it
     * unless the bytes contradict it (see {@link PageDecoder}).
     *
     * @param bytes       the file's content
     * @param published   a publication date that overrides the input's own, or {@code null} to keep it
     * @param contentType the transport's {@code Content-Type}, or {@code null}
     */
    public Article read(byte[] bytes, LocalDate published, String contentType) throws InvalidArticleException {
        String text = decoder.decode(bytes, contentType);
        Article article = switch (InputFormat.detect(text)) {
            case JSON -> fromJson(text);
            case HTML -> fromHtml(text);
            case PLAIN_TEXT -> fromPlainText(text);
        };
        FieldLimits.check(article.info());
        return published == null ? article
                : new Article(article.info().withPublished(published), article.text());
    }

    private static Article fromJson(String json) throws InvalidArticleException {
        JsonArticleParser.Parsed p = JsonArticleParser.parse(json);
        ArticleInfo info = new ArticleInfo(ContentHash.of(p.text()), p.title(), p.published(), p.url(), p.outlet());
        return new Article(info, p.text());
    }

    private Article fromHtml(String source) throws InvalidArticleException {
        HtmlPage page = page(source);
        if (page.text().isBlank()) {
            throw new InvalidArticleException("no article text was found in the HTML input");
        }
        String title = page.title().isEmpty() ? null : page.title();
        String text = title == null ? page.text() : title + "\n\n" + page.text();
        ArticleInfo info = new ArticleInfo(ContentHash.of(text), title, page.published(), page.canonicalUrl(), null);
        return new Article(info, text);
    }

    private HtmlPage page(String source) throws InvalidArticleException {
        try {
            return html.extract(source, null);
        } catch (PageTooComplexException e) {
            throw new InvalidArticleException(e.getMessage());
        }
    }

    private static Article fromPlainText(String text) {
        String headline = text.strip().lines().findFirst().map(String::strip).orElse(null);
        return new Article(new ArticleInfo(ContentHash.of(text), headline, null, null, null), text);
    }
}
