package io.parley.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * BoilerplateMarkup says which elements are boilerplate by their markup alone: their tag, ARIA role or hiding
 * attributes. Elements that never hold article prose (scripts, forms' controls, media, captions, dialogs,
 * hidden elements) are {@linkplain #isAlways always} boilerplate; navigation, headers, footers, asides, forms,
 * figures and elements hidden by ARIA or style are {@linkplain #isStructural structural} boilerplate, removed
 * unless they hold most of the page's text. One set lookup per element, and attributes are read only on elements
 * that have some: a jsoup selector of thirty alternatives, run over every element, cost a tenth of the main-text
 * time.
 */
final class BoilerplateMarkup {

    private static final Set<String> ALWAYS_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "select", "input", "textarea", "label", "dialog", "video", "audio",
            "picture", "map", "link", "meta", "figcaption");
    private static final Set<String> ALWAYS_ROLES = Set.of("dialog", "alertdialog", "menu", "menubar", "search",
            "toolbar", "tablist");
    private static final Set<String> STRUCTURAL_TAGS = Set.of("nav", "footer", "aside", "form", "header", "figure");
    private static final Set<String> STRUCTURAL_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary");
    private static final Pattern HIDING_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private BoilerplateMarkup() {
    }

    /** True for elements that never hold article prose: scripts, media, controls, captions, dialogs, hidden. */
    static boolean isAlways(Element e) {
        if (ALWAYS_TAGS.contains(e.normalName())) {
            return true;
        }
        return e.attributesSize() > 0
                && (e.hasAttr("hidden") || ALWAYS_ROLES.contains(value(e, "role")) || value(e, "aria-modal").equals("true"));
    }

    /** True for navigation, headers, footers, asides, forms, figures, and elements hidden by ARIA or style. */
    static boolean isStructural(Element e) {
        if (STRUCTURAL_TAGS.contains(e.normalName())) {
            return true;
        }
        return e.attributesSize() > 0
                && (STRUCTURAL_ROLES.contains(value(e, "role")) || value(e, "aria-hidden").equals("true")
                        || e.hasAttr("style") && HIDING_STYLE.matcher(e.attr("style")).find());
    }

    /** An attribute's value trimmed and lower-cased, as a jsoup {@code [key=value]} selector compares it. */
    private static String value(Element e, String key) {
        return e.attr(key).strip().toLowerCase(Locale.ROOT);
    }
}
