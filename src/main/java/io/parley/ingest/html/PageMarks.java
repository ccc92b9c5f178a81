package io.parley.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * PageMarks is what one walk over a parsed page finds: how many elements it has, and the elements its metadata is
 * read from ({@code <meta>} tags, JSON-LD scripts, the first {@code <h1>}, the canonical link, the first
 * date-bearing elements), each the first in page order as {@code selectFirst} would give, so the metadata
 * readers ask a few short lists instead of walking the whole tree once per query.
 */
final class PageMarks {

    private static final Pattern DATE_PUBLISHED = Pattern.compile("(^|\\s)datePublished(\\s|$)");

    private final List<Element> metas = new ArrayList<>();
    private final List<Element> jsonLdScripts = new ArrayList<>();
    private int elements;
    private Element h1;
    private Element canonicalLink;
    private Element datePublishedProp;
    private Element pubdateTime;
    private Element datetimeTime;

    private PageMarks() {
    }

    /** Walks the document once. */
    static PageMarks of(Document doc) {
        PageMarks marks = new PageMarks();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                marks.see(e);
            }
        }, doc);
        return marks;
    }

    private void see(Element e) {
        elements++;
        switch (e.normalName()) {
            case "meta" -> metas.add(e);
            case "script" -> seeScript(e);
            case "h1" -> h1 = h1 == null ? e : h1;
            case "link" -> seeLink(e);
            case "time" -> seeTime(e);
            default -> { }
        }
        if (datePublishedProp == null && e.hasAttr("itemprop") && isDatePublished(e.attr("itemprop"))) {
            datePublishedProp = e;
        }
    }

    private void seeScript(Element e) {
        if (e.attr("type").toLowerCase(Locale.ROOT).contains("application/ld+json")) {
            jsonLdScripts.add(e);
        }
    }

    private void seeLink(Element e) {
        if (canonicalLink == null && e.attr("rel").strip().equalsIgnoreCase("canonical") && e.hasAttr("href")) {
            canonicalLink = e;
        }
    }

    private void seeTime(Element e) {
        if (!e.hasAttr("datetime")) {
            return;
        }
        datetimeTime = datetimeTime == null ? e : datetimeTime;
        pubdateTime = pubdateTime == null && e.hasAttr("pubdate") ? e : pubdateTime;
    }

    /** True when an itemprop value lists "datePublished" among its space-separated words. */
    private static boolean isDatePublished(String itemprop) {
        return DATE_PUBLISHED.matcher(itemprop).find();
    }

    /** The number of elements of the page, the document itself included. */
    int elements() {
        return elements;
    }

    /** Every {@code <meta>} tag, in page order. */
    List<Element> metas() {
        return metas;
    }

    /** Every {@code <script type="application/ld+json">}, in page order. */
    List<Element> jsonLdScripts() {
        return jsonLdScripts;
    }

    /** The first {@code <h1>}. */
    Optional<Element> h1() {
        return Optional.ofNullable(h1);
    }

    /** The first {@code <link rel="canonical" href>}. */
    Optional<Element> canonicalLink() {
        return Optional.ofNullable(canonicalLink);
    }

    /** The first element whose itemprop names datePublished. */
    Optional<Element> datePublishedProp() {
        return Optional.ofNullable(datePublishedProp);
    }

    /** The first {@code <time pubdate datetime>}, else the first {@code <time datetime>}. */
    Optional<Element> time() {
        return Optional.ofNullable(pubdateTime != null ? pubdateTime : datetimeTime);
    }
}
