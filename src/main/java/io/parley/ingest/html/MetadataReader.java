package io.parley.ingest.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/** MetadataReader reads a page's headline, publication date and canonical address from its markup. */
final class MetadataReader {

    /** Meta tags that carry a publication date, most specific first. */
    private static final List<Evaluator> DATE_META = Stream.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]",
            "meta[name~=(?i)^(pubdate|publishdate|publish-date|publish_date|published_time|sailthru\\.date"
                    + "|parsely-pub-date|dc\\.date\\.issued|dc\\.date|dcterms\\.date|dcterms\\.created|date)$]",
            "meta[property~=(?i)^(dc\\.date|dcterms\\.date|bt:pubdate)$]",
            "meta[name~=(?i)^(?!.*(modif|updat)).*(publish|pub|post|release|creat|issue).*(date|time)$]",
            "meta[property~=(?i)^(?!.*(modif|updat)).*(publish|pub|post|release|creat|issue).*(date|time)$]")
            .map(Selector::evaluatorOf).toList();

    private static final Evaluator OG_TITLE = Selector.evaluatorOf("meta[property=og:title]");
    private static final Evaluator OG_SITE_NAME = Selector.evaluatorOf("meta[property=og:site_name]");
    private static final Evaluator OG_URL = Selector.evaluatorOf("meta[property=og:url]");

    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.*\\S)\\s+(?:[|\\-–—·•]|::)\\s+(.{1,40})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Document doc;
    private final PageMarks marks;
    private final JsonLd jsonLd;
    private final List<String> headlines;

    /** A reader of a document, its marks ({@link PageMarks#of}) and its JSON-LD. */
    MetadataReader(Document doc, PageMarks marks, JsonLd jsonLd) {
        this.doc = doc;
        this.marks = marks;
        this.jsonLd = jsonLd;
        this.headlines = Stream.of(meta(OG_TITLE), jsonLd.articleText("headline"),
                        marks.h1().map(Element::text), Optional.of(doc.title()))
                .flatMap(Optional::stream).map(MetadataReader::collapse).toList();
    }

    /** The headline: og:title, JSON-LD headline, the first h1, then {@code <title>}; site suffixes trimmed. */
    String title() {
        return headlines.stream()
                .filter(s -> !s.isEmpty())
                .findFirst()
                .map(t -> trimSiteName(t, meta(OG_SITE_NAME).orElse("")))
                .orElse("");
    }

    /** Every headline form the page states (og:title, JSON-LD headline, h1, title tag, trimmed title). */
    List<String> titleForms() {
        return Stream.concat(headlines.stream(), Stream.of(title())).map(MetadataReader::collapse).toList();
    }

    /**
     * The publication date: JSON-LD datePublished, an {@code itemprop=datePublished} element, date meta tags,
     * then the first {@code <time datetime>}. Sources whose value does not parse are skipped.
     */
    LocalDate published() {
        Stream<Optional<String>> sources = Stream.concat(
                Stream.of(jsonLd.articleText("datePublished"), itemprop()),
                Stream.concat(DATE_META.stream().map(this::meta), Stream.of(timeElement())));
        return sources.flatMap(Optional::stream).map(Dates::parse).flatMap(Optional::stream)
                .findFirst().orElse(null);
    }

    /**
     * The canonical address: {@code link rel=canonical} made absolute against the base URL, else og:url, else a
     * relative canonical link as written.
     */
    String canonicalUrl() {
        Optional<String> link = marks.canonicalLink().map(e -> absolute(e, "href")).filter(s -> !s.isBlank());
        return link.filter(MetadataReader::isAbsolute)
                .or(() -> meta(OG_URL).filter(MetadataReader::isAbsolute))
                .or(() -> link)
                .orElse(null);
    }

    private static boolean isAbsolute(String url) {
        return url.startsWith("https://") || url.startsWith("http://");
    }

    /**
     * Removes trailing " | Site", " - Site" or " — Site" parts: a part goes when it names the site, or is a short
     * capitalised name (at most four words), while a headline of three words remains.
     */
    static String trimSiteName(String title, String siteName) {
        String trimmed = title;
        for (int i = 0; i < 2; i++) {
            Matcher m = SITE_SUFFIX.matcher(trimmed);
            if (!m.matches() || !isSiteName(m.group(2), siteName) || wordCount(m.group(1)) < 3) {
                break;
            }
            trimmed = m.group(1);
        }
        return trimmed;
    }

    private static boolean isSiteName(String suffix, String siteName) {
        String part = suffix.strip();
        if (!siteName.isEmpty()) {
            String a = part.toLowerCase(Locale.ROOT);
            String b = siteName.toLowerCase(Locale.ROOT);
            if (a.contains(b) || b.contains(a)) {
                return true;
            }
        }
        return wordCount(part) <= 4 && !part.isEmpty() && !Character.isLowerCase(part.charAt(0));
    }

    private static int wordCount(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : SPACES.split(t).length;
    }

    private Optional<String> itemprop() {
        return marks.datePublishedProp().map(e -> e.hasAttr("content") ? e.attr("content")
                : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
    }

    private Optional<String> timeElement() {
        return marks.time().map(t -> t.attr("datetime"));
    }

    /** The content of the first meta tag the evaluator matches, stripped; empty when none or blank. */
    private Optional<String> meta(Evaluator query) {
        for (Element m : marks.metas()) {
            if (query.matches(doc, m)) {
                return Optional.of(m.attr("content").strip()).filter(s -> !s.isEmpty());
            }
        }
        return Optional.empty();
    }

    private static String absolute(Element e, String attr) {
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? e.attr(attr).strip() : abs;
    }

    private static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
