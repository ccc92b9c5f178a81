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

/** MetadataReader reads a page's headline, publication date and canonical address from its markup. */
final class MetadataReader {

    /** Meta tags that carry a publication date, most specific first. */
    private static final List<String> DATE_META = List.of(
            "meta[property=article:published_time]", "meta[property=og:published_time]",
            "meta[name=article:published_time]", "meta[itemprop=datePublished]",
            "meta[name~=(?i)^(pubdate|publishdate|publish-date|publish_date|published_time|sailthru\\.date"
                    + "|parsely-pub-date|dc\\.date\\.issued|dc\\.date|dcterms\\.date|dcterms\\.created|date)$]",
            "meta[property~=(?i)^(dc\\.date|dcterms\\.date|bt:pubdate)$]",
            "meta[name~=(?i)^(?!.*(modif|updat)).*(publish|pub|post|release|creat|issue).*(date|time)$]",
            "meta[property~=(?i)^(?!.*(modif|updat)).*(publish|pub|post|release|creat|issue).*(date|time)$]");

    private static final Pattern SITE_SUFFIX = Pattern.compile("^(.*\\S)\\s+(?:[|\\-–—·•]|::)\\s+(.{1,40})$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Document doc;
    private final JsonLd jsonLd;

    MetadataReader(Document doc, JsonLd jsonLd) {
        this.doc = doc;
        this.jsonLd = jsonLd;
    }

    /** The headline: og:title, JSON-LD headline, the first h1, then {@code <title>}; site suffixes trimmed. */
    String title() {
        return Stream.of(meta("meta[property=og:title]"), jsonLd.articleText("headline"),
                        first("h1"), Optional.of(doc.title()))
                .flatMap(Optional::stream)
                .map(MetadataReader::collapse)
                .filter(s -> !s.isEmpty())
                .findFirst()
                .map(t -> trimSiteName(t, meta("meta[property=og:site_name]").orElse("")))
                .orElse("");
    }

    /** Every headline form the page states (og:title, JSON-LD headline, h1, title tag, trimmed title). */
    List<String> titleForms() {
        return Stream.of(meta("meta[property=og:title]"), jsonLd.articleText("headline"), first("h1"),
                        Optional.of(doc.title()), Optional.of(title()))
                .flatMap(Optional::stream).map(MetadataReader::collapse).toList();
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
        Optional<String> link = Optional.ofNullable(doc.selectFirst("link[rel=canonical][href]"))
                .map(e -> absolute(e, "href")).filter(s -> !s.isBlank());
        return link.filter(MetadataReader::isAbsolute)
                .or(() -> meta("meta[property=og:url]").filter(MetadataReader::isAbsolute))
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
        Element e = doc.selectFirst("[itemprop~=(^|\\s)datePublished(\\s|$)]");
        if (e == null) {
            return Optional.empty();
        }
        String value = e.hasAttr("content") ? e.attr("content") : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
        return Optional.of(value);
    }

    private Optional<String> timeElement() {
        Element time = doc.selectFirst("time[pubdate][datetime]");
        if (time == null) {
            time = doc.selectFirst("time[datetime]");
        }
        return Optional.ofNullable(time).map(t -> t.attr("datetime"));
    }

    private Optional<String> meta(String query) {
        return Optional.ofNullable(doc.selectFirst(query)).map(e -> e.attr("content"))
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    private Optional<String> first(String query) {
        return Optional.ofNullable(doc.selectFirst(query)).map(Element::text);
    }

    private static String absolute(Element e, String attr) {
        String abs = e.absUrl(attr);
        return abs.isEmpty() ? e.attr(attr).strip() : abs;
    }

    private static String collapse(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
