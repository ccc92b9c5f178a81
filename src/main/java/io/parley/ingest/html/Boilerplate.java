package io.parley.ingest.html;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.Selector;

/**
 * Boilerplate removes the parts of a page that are never article text: scripts, navigation, footers, forms,
 * figures and captions, hidden elements, and blocks whose class or id names a comment thread, share bar,
 * related-articles list, newsletter box, cookie banner, advert, byline box and the like. An element that holds
 * most of the page's paragraph text is kept whatever its name, so a badly named article container survives.
 */
final class Boilerplate {

    /** Tags removed outright: they never hold article prose. */
    private static final Evaluator ALWAYS = Selector.evaluatorOf("script, style, noscript, template, svg, canvas, iframe, object, embed, "
            + "button, select, input, textarea, label, dialog, video, audio, picture, map, link, meta, "
            + "figcaption, [hidden], [role=dialog], [role=alertdialog], [role=menu], [role=menubar], [role=search], "
            + "[role=toolbar], [role=tablist], [aria-modal=true]");

    /** Tags and roles removed unless they hold most of the page's paragraph text. */
    private static final Evaluator STRUCTURAL = Selector.evaluatorOf("nav, footer, aside, form, header, figure, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[aria-hidden=true], [style~=(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden]");

    /** Class or id words that name boilerplate blocks. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|disqus|newsletter|cookie|consent|gdpr|outbrain|taboola|sharing|social|share-?bar|sharetools"
            + "|breadcrumb|related|recommend|subscri|promo|sponsor|advert|popup|modal|sidebar|trending|most-?read"
            + "|most-?popular|signup|sign-up|paywall|byline|author-?(box|bio|info)|caption|credit|read-?more"
            + "|more-?stories|(^|[\\s_-])(ad|ads|adv|share|shares|nav|navbar|menu|tags?|footer|print|banner"
            + "|toolbar|meta|skip|masthead|header|topics|keywords|sr-only|visually-hidden|donate|next|prev"
            + "|pagination|date|dateline|timestamp|time|published|pager|jump|inline-?ad|ad-?slot|ad-?container)"
            + "($|[\\s_-])");

    /** Class or id words that name the article body; such elements are never removed by name. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article-?body|articlebody|story-?body|entry-?content|post-?content|post-?body|article-?content"
            + "|article-?text|main-?content|body-?text|story-?text|story-?content|text-?body|article__body"
            + "|content-?body|articlecontent|storycontent|rich-?text");

    /** WordPress-style classes that describe the post's topic or state, not the element's role. */
    private static final Pattern TAXONOMY = Pattern.compile(
            "(^|\\s)((category|tag|tags|format|type|status|topic|single-format|has)-\\S*"
            + "|(post|postid|page-id|elementor-page|node)-\\d+)(?=\\s|$)");

    private static final int MIN_PARAGRAPH_TEXT = 500;
    private static final int MIN_KEPT_TEXT = 150;

    /** Class or id words of embedded social posts, kept as quotations. */
    private static final Pattern EMBED = Pattern.compile("social-?(media-?)?embed|tweet|twitter|instagram-media");

    private static final Evaluator SOCIAL_POST =
            Selector.evaluatorOf("blockquote[class~=(?i)tweet|twitter|instagram|social]");

    /**
     * What each class or id string seen lately says; a page repeats a few class strings on many elements, and an
     * element's verdict is put together from its class's and its id's, so a unique id ("post-123") costs one
     * match of a short string and never a new key holding the class.
     */
    private static final Memo<String, NameWords> WORDS = new Memo<>(4096);

    private static final Set<String> PROTECTED_TAGS = Set.of("html", "body");

    private Boilerplate() {
    }

    /** Removes boilerplate from the document in place. */
    static void strip(Document doc) {
        BatchRemoval always = new BatchRemoval();
        doc.select(ALWAYS).forEach(always::add);
        always.apply();
        Element body = doc.body();
        TextStats stats = TextStats.of(body);
        boolean byParagraphs = stats.paragraphText(body) >= MIN_PARAGRAPH_TEXT;
        int pageText = prose(body, stats, byParagraphs);
        Set<Element> structural = structural(doc);
        BatchRemoval removal = new BatchRemoval();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && isCandidate(e, structural)
                    && !holdsMostText(prose(e, stats, byParagraphs), pageText, e)) {
                stats.detach(e);
                removal.add(e);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, body);
        removal.apply();
    }

    /**
     * True when an element's class or id names a boilerplate block and not an article body. Embedded posts
     * ("social-embed", "twitter-tweet") are not boilerplate: they quote what people said.
     */
    static boolean isNegative(Element e) {
        NameWords classWords = words(e.className());
        NameWords idWords = words(e.id());
        return (classWords.negative() || idWords.negative()) && !classWords.positive() && !idWords.positive()
                && !classWords.embed() && !idWords.embed();
    }

    /** True when an element's class, id or itemprop names an article body. */
    static boolean isPositive(Element e) {
        return words(e.className()).positive() || words(e.id()).positive()
                || "articleBody".equals(e.attr("itemprop"));
    }

    /** What one class or id string says; the empty string says nothing, without any matching. */
    private static NameWords words(String classOrId) {
        return classOrId.isEmpty() ? NameWords.NONE : WORDS.get(classOrId, Boilerplate::judge);
    }

    private static NameWords judge(String classOrId) {
        String names = TAXONOMY.matcher(classOrId.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return NameWords.of(POSITIVE.matcher(names).find(), NEGATIVE.matcher(names).find(),
                EMBED.matcher(names).find());
    }

    /**
     * Which kinds of words a class or id string holds (CMS taxonomy classes left out): article-body words,
     * boilerplate words, embedded-post words. The eight answers are shared instances.
     */
    private record NameWords(boolean positive, boolean negative, boolean embed) {
        static final NameWords NONE = new NameWords(false, false, false);
        private static final NameWords[] ALL = new NameWords[8];

        static {
            for (int i = 0; i < ALL.length; i++) {
                ALL[i] = i == 0 ? NONE : new NameWords((i & 1) != 0, (i & 2) != 0, (i & 4) != 0);
            }
        }

        static NameWords of(boolean positive, boolean negative, boolean embed) {
            return ALL[(positive ? 1 : 0) | (negative ? 2 : 0) | (embed ? 4 : 0)];
        }
    }

    /** The structural boilerplate elements (nav, footer, ...), figures of social posts left out. */
    private static Set<Element> structural(Document doc) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : doc.select(STRUCTURAL)) {
            if (!isFigureWithSocialPost(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** True when an element may be boilerplate: structural, or named like boilerplate and not like a body. */
    private static boolean isCandidate(Element e, Set<Element> structural) {
        return structural.contains(e)
                || !PROTECTED_TAGS.contains(e.normalName()) && isNegative(e) && !isPositive(e);
    }

    /** A {@code <figure>} that wraps an embedded social post: a quotation, not a picture. */
    private static boolean isFigureWithSocialPost(Element e) {
        return e.normalName().equals("figure") && e.selectFirst(SOCIAL_POST) != null;
    }

    private static boolean holdsMostText(int prose, int pageText, Element e) {
        double share = isPositive(e) || e.normalName().equals("article") ? 0.3 : 0.5;
        return prose >= MIN_KEPT_TEXT && prose >= pageText * share;
    }

    /**
     * An element's prose length: its paragraph text when the page is written in {@code <p>}s (and the element
     * has some), else all its text.
     */
    private static int prose(Element e, TextStats stats, boolean byParagraphs) {
        return byParagraphs && stats.paragraphText(e) > 0 ? stats.paragraphText(e) : stats.text(e);
    }
}
