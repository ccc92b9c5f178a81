package io.parley.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HtmlArticleExtractor reads the headline, date, canonical address and main text of a news web page.
 *
 * <p>It parses the page with jsoup (an unclosed {@code <title>} closed first, {@link TitleRepair}), reads the metadata ({@link MetadataReader}: Open Graph, JSON-LD, meta tags),
 * removes boilerplate ({@link Boilerplate}), wraps loose text into paragraphs ({@link LooseTextWrapper}), scores
 * candidate containers ({@link ContentScorer}), adds the winner's article siblings and same-class chunks
 * ({@link SiblingCollector}), drops link lists inside ({@link ConditionalCleaner}), renders one line per
 * paragraph ({@link TextRenderer}) and drops furniture lines ({@link LineFilter}). When that finds less than
 * 200 characters and the page's JSON-LD carries a longer {@code articleBody}, the JSON-LD text is used instead.
 *
 * <p>On the 181-page article-extraction benchmark it reaches F1 0.981 (see infra/bench/main-text.md).
 *
 * <p>Its work is linear in the page's elements: elements nested deeper than {@value #MAX_DEPTH} levels are
 * placed beside the deepest open one, and a page of more than {@value #MAX_ELEMENTS} elements is refused with a
 * {@link PageTooComplexException}.
 *
 * <p>Immutable and thread-safe; it performs no I/O.
 */
public final class HtmlArticleExtractor {

    private static final int SHORT_TEXT = 200;

    /**
     * The most elements a page may have: about sixty times the largest page of the article-extraction benchmark.
     * Every step is linear in the elements, so this bounds the work of one page (about a second).
     */
    public static final int MAX_ELEMENTS = 100_000;

    /** Elements nested deeper than this are placed beside, not inside, the deepest open one (jsoup's rule). */
    static final int MAX_DEPTH = 512;

    /** Creates an extractor with the default rules. */
    public HtmlArticleExtractor() {
    }

    /**
     * Extracts one page.
     *
     * @param html    the page source; never null
     * @param baseUrl the address the page came from, used to resolve relative links; may be null
     * @return the page's headline, date, canonical address and main text (text may be empty, never null)
     * @throws PageTooComplexException when the page has more than {@link #MAX_ELEMENTS} elements
     */
    public HtmlPage extract(String html, String baseUrl) {
        Objects.requireNonNull(html, "html");
        Document doc = parse(html, baseUrl);
        PageMarks marks = PageMarks.of(doc);
        if (marks.elements() > MAX_ELEMENTS) {
            throw new PageTooComplexException(marks.elements(), MAX_ELEMENTS);
        }
        JsonLd jsonLd = JsonLd.of(marks.jsonLdScripts());
        MetadataReader meta = new MetadataReader(doc, marks, jsonLd);
        String title = meta.title();
        LocalDate published = meta.published();
        String canonicalUrl = meta.canonicalUrl();
        String text = mainText(doc, new LineFilter(meta.titleForms()));
        String ldBody = jsonLd.articleText("articleBody").map(JsonLdBody::plain).orElse("");
        if (text.length() < SHORT_TEXT && ldBody.length() > text.length()) {
            text = ldBody;
        }
        return new HtmlPage(title, published, canonicalUrl, text);
    }

    private static Document parse(String html, String baseUrl) {
        int tags = startTags(html);
        if (tags > MAX_ELEMENTS) {
            throw new PageTooComplexException(tags, MAX_ELEMENTS);
        }
        return Jsoup.parse(TitleRepair.close(html), baseUrl == null ? "" : baseUrl,
                Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    }

    /** How many start tags ("<" and a letter) the source has: refuses a huge page before it is parsed. */
    private static int startTags(String html) {
        int tags = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            tags += next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' ? 1 : 0;
        }
        return tags;
    }

    private static String mainText(Document doc, LineFilter filter) {
        TextStats stats = Boilerplate.strip(doc);
        Element body = doc.body();
        LooseTextWrapper.wrap(body, stats);
        ContentScorer scorer = ContentScorer.of(body, stats);
        List<Element> roots = SiblingCollector.collect(scorer.best(body), scorer, body);
        ConditionalCleaner.clean(roots);
        return String.join("\n", filter.apply(TextRenderer.lines(roots)));
    }
}
