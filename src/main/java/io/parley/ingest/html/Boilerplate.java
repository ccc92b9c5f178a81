package io.parley.ingest.html;

import java.util.Set;
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

    private static final int MIN_PARAGRAPH_TEXT = 500;
    private static final int MIN_KEPT_TEXT = 150;

    private static final Evaluator SOCIAL_POST =
            Selector.evaluatorOf("blockquote[class~=(?i)tweet|twitter|instagram|social]");

    /**
     * What each class or id string seen lately says; a page repeats a few class strings on many elements, and an
     * element's verdict is put together from its class's and its id's, so a unique id ("post-123") costs one
     * match of a short string and never a new key holding the class.
     */
    private static final Memo<String, ClassNames.Words> WORDS = new Memo<>(4096);

    private static final Set<String> PROTECTED_TAGS = Set.of("html", "body");

    private Boilerplate() {
    }

    /**
     * Removes boilerplate from the document in place.
     *
     * @return the text figures of the body that is left, for the steps after (see {@link TextStats#detach})
     */
    static TextStats strip(Document doc) {
        removeAlways(doc);
        Element body = doc.body();
        TextStats stats = TextStats.of(body);
        boolean byParagraphs = stats.paragraphText(body) >= MIN_PARAGRAPH_TEXT;
        int pageText = prose(body, stats, byParagraphs);
        BatchRemoval removal = new BatchRemoval();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && isCandidate(e)
                    && !holdsMostText(prose(e, stats, byParagraphs), pageText, e)) {
                stats.detach(e);
                removal.add(e);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, body);
        removal.apply();
        return stats;
    }

    /** Removes the elements that never hold article prose ({@link BoilerplateMarkup#isAlways}) in one walk. */
    private static void removeAlways(Document doc) {
        BatchRemoval always = new BatchRemoval();
        NodeTraversor.filter((node, depth) -> {
            if (node instanceof Element e && BoilerplateMarkup.isAlways(e)) {
                always.add(e);
                return NodeFilter.FilterResult.SKIP_ENTIRELY;
            }
            return NodeFilter.FilterResult.CONTINUE;
        }, doc);
        always.apply();
    }

    /**
     * True when an element's class or id names a boilerplate block and not an article body. Embedded posts
     * ("social-embed", "twitter-tweet") are not boilerplate: they quote what people said.
     */
    static boolean isNegative(Element e) {
        ClassNames.Words classWords = words(e.className());
        ClassNames.Words idWords = words(e.id());
        return (classWords.boilerplate() || idWords.boilerplate()) && !classWords.body() && !idWords.body()
                && !classWords.embed() && !idWords.embed();
    }

    /** True when an element's class, id or itemprop names an article body. */
    static boolean isPositive(Element e) {
        return words(e.className()).body() || words(e.id()).body() || "articleBody".equals(e.attr("itemprop"));
    }

    /** What one class or id string says; the empty string says nothing, without any matching. */
    private static ClassNames.Words words(String classOrId) {
        return classOrId.isEmpty() ? ClassNames.Words.NONE : WORDS.get(classOrId, ClassNames::read);
    }

    /** True when an element may be boilerplate: structural, or named like boilerplate and not like a body. */
    private static boolean isCandidate(Element e) {
        return BoilerplateMarkup.isStructural(e) && !isFigureWithSocialPost(e)
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
