package io.parley.scrape;

import io.parley.ingest.ArticleReader;
import io.parley.ingest.InvalidArticleException;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.service.ArticleDefaults;
import io.parley.service.ArticleIntake;
import io.parley.service.Upload;
import java.net.URI;
import java.util.Locale;

/**
 * PageReader turns a fetched page into an {@link Article} the way uploads are read ({@link ArticleReader}:
 * headline, a blank line, main text), and refuses pages that are not articles. A page is an article when it
 * is HTML (by its declared type, when it has one) and its main text, headline aside, has at least
 * {@value #MIN_CHARS} characters in at least {@value #MIN_PARAGRAPHS} paragraphs: section fronts, video
 * pages and paywall stubs have less. The page's own date and canonical address win; the feed entry's date,
 * the fetched address and the feed's title fill what the page lacks. The page is decoded by the charset of its
 * HTTP {@code Content-Type}, else its own declaration, unless its bytes contradict them.
 */
final class PageReader {

    static final int MIN_CHARS = 500;
    static final int MIN_PARAGRAPHS = 3;
    /** How every refusal of a page as an article begins. */
    static final String NOT_AN_ARTICLE = "not an article: ";

    private final ArticleIntake intake;

    PageReader(long maxBytes) {
        this.intake = new ArticleIntake(maxBytes);
    }

    /**
     * The upload ingest reads for the page at {@code page.uri()}, listed in a feed as {@code entry}, from outlet
     * {@code outlet}: it refuses pages that are not articles and fills the page's address, date and outlet.
     *
     * @throws FetchException (permanent) when the page's declared type is not HTML
     */
    Upload upload(FetchResponse page, FeedEntry entry, String outlet, String source) throws FetchException {
        requireHtml(page.header("content-type"));
        return Upload.of(source, page.body())
                .withContentType(page.header("content-type"))
                .checkedBy(article -> located(requireArticle(article), page.uri()))
                .withDefaults(new ArticleDefaults(entry.published(), page.uri().toString(), outlet));
    }

    /** Reads the page as {@link #upload} describes, without ingesting it. */
    Article read(FetchResponse page, FeedEntry entry, String outlet) throws FetchException {
        try {
            return intake.read(upload(page, entry, outlet, page.uri().toString()));
        } catch (InvalidArticleException e) {
            throw FetchException.permanent(NOT_AN_ARTICLE + e.getMessage());
        }
    }

    /** The article with its own canonical address made absolute against the page's. */
    private static Article located(Article article, URI pageUri) {
        ArticleInfo info = article.info();
        String url = info.url() == null ? null : Urls.absolute(pageUri, info.url()).map(URI::toString).orElse(null);
        return new Article(new ArticleInfo(info.id(), info.title(), info.published(), url, info.outlet()), article.text());
    }

    /** Refuses a page whose declared type is not HTML; no type, or the generic octet-stream, is read and judged. */
    private static void requireHtml(String contentType) throws FetchException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
        boolean html = type.startsWith("text/html") || type.startsWith("application/xhtml+xml");
        if (!type.isEmpty() && !html && !type.startsWith("application/octet-stream")) {
            throw FetchException.permanent("not an article: content type " + contentType);
        }
    }

    private static Article requireArticle(Article article) throws InvalidArticleException {
        String title = article.info().title();
        String text = article.text();
        String main = (title != null && text.startsWith(title) ? text.substring(title.length()) : text).strip();
        long paragraphs = main.lines().filter(l -> !l.isBlank()).count();
        if (main.length() < MIN_CHARS || paragraphs < MIN_PARAGRAPHS) {
            throw new InvalidArticleException(main.length() + " characters in " + paragraphs
                    + " paragraphs of main text (an article has at least " + MIN_CHARS + " in " + MIN_PARAGRAPHS + ")");
        }
        return article;
    }
}
