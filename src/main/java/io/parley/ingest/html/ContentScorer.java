package io.parley.ingest.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * ContentScorer finds the element that holds a page's article text, as Readability does: every paragraph of
 * real prose scores its parent and, less, its further ancestors (more for commas and length), the scores are
 * weighted by tag and class name and damped by link density, and the best-scoring element wins. When several
 * top candidates share an ancestor, the ancestor wins instead, so an article split over blocks stays whole.
 */
final class ContentScorer {

    /** Elements whose own text is a paragraph. */
    static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote", "li", "h2", "h3", "h4");

    /** Block-level tags: a div holding none of them is itself a paragraph. */
    static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "div", "dl", "dt",
            "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
            "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "tr", "ul");

    private static final int MIN_PARAGRAPH = 25;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;

    private final Map<Element, Double> raw = new LinkedHashMap<>();
    private final Map<Element, Double> scores = new LinkedHashMap<>();
    private final TextStats stats;

    private ContentScorer(Element body, TextStats stats) {
        this.stats = stats;
        for (Element e : body.getAllElements()) {
            if (e != body && isParagraph(e)) {
                scoreParagraph(e);
            }
        }
        raw.forEach((e, s) -> scores.put(e, s * (1 - stats.linkDensity(e))));
    }

    /** The text figures of the scored tree. */
    TextStats stats() {
        return stats;
    }

    /** Scores the paragraphs under {@code body}. */
    static ContentScorer of(Element body) {
        return new ContentScorer(body, TextStats.of(body));
    }

    /** Scores the paragraphs under {@code body}, whose text figures are {@code stats}. */
    static ContentScorer of(Element body, TextStats stats) {
        return new ContentScorer(body, stats);
    }

    /** The best container, or {@code fallback} when no paragraph scored. Ties go to the earlier element. */
    Element best(Element fallback) {
        List<Element> top = scores.keySet().stream()
                .sorted(Comparator.comparingDouble(this::score).reversed())
                .limit(TOP_CANDIDATES).toList();
        if (top.isEmpty()) {
            return fallback;
        }
        Element winner = sharedAncestor(top, fallback);
        return climbSingleChildren(climbWhileScoring(winner, fallback), fallback);
    }

    /** The damped score of an element, 0 when it received none. */
    double score(Element e) {
        return scores.getOrDefault(e, 0.0);
    }

    /** The highest score of the element or any element inside it. */
    double bestWithin(Element e) {
        double best = score(e);
        for (Element inner : e.getAllElements()) {
            best = Math.max(best, score(inner));
        }
        return best;
    }

    /** Fraction of an element's text that sits inside links. */
    static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a")) {
            linked += a.text().length();
        }
        return Math.min(1.0, (double) linked / length);
    }

    /** True when an element's own text counts as a paragraph (a p, or a div with no block children). */
    static boolean isParagraph(Element e) {
        String tag = e.normalName();
        if (PARAGRAPHS.contains(tag)) {
            return !tag.equals("td") && !tag.equals("li") || !hasBlockChild(e);
        }
        return tag.equals("div") && !hasBlockChild(e);
    }

    /** The starting score of a container: its tag and its class name say how likely it holds the article. */
    static double initialScore(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (Boilerplate.isPositive(e)) {
            score += 25;
        } else if (Boilerplate.isNegative(e)) {
            score -= 25;
        }
        return score;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element child : e.children()) {
            if (BLOCKS.contains(child.normalName())) {
                return true;
            }
        }
        return false;
    }

    private void scoreParagraph(Element p) {
        int length = stats.text(p);
        if (length < MIN_PARAGRAPH) {
            return;
        }
        double score = 1 + stats.commas(p) + Math.min(length / 100, 3);
        Element ancestor = p.parent();
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
            double share = score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
            raw.merge(ancestor, initialScore(ancestor) + share, (old, add) -> old + share);
            ancestor = ancestor.parent();
        }
    }

    /** When three of the top candidates (each near the best) sit under one ancestor, that ancestor wins. */
    private Element sharedAncestor(List<Element> top, Element stop) {
        Element best = top.get(0);
        double bar = score(best) * 0.75;
        List<Element> close = new ArrayList<>();
        for (Element e : top.subList(1, top.size())) {
            if (score(e) >= bar) {
                close.add(e);
            }
        }
        if (close.size() < 3) {
            return best;
        }
        for (Element parent = best.parent(); parent != null && parent != stop; parent = parent.parent()) {
            Element ancestor = parent;
            long holding = close.stream().filter(e -> ancestor == e || e.parents().contains(ancestor)).count();
            if (holding >= 3) {
                return ancestor;
            }
        }
        return best;
    }

    /** Moves up to a parent that scores higher than the child on the way (Readability's step). */
    private Element climbWhileScoring(Element winner, Element stop) {
        double last = score(winner);
        double floor = last / 3;
        for (Element parent = winner.parent(); parent != null && parent != stop; parent = parent.parent()) {
            if (!scores.containsKey(parent)) {
                continue;
            }
            double s = score(parent);
            if (s < floor) {
                break;
            }
            if (s > last) {
                return parent;
            }
            last = s;
        }
        return winner;
    }

    private static Element climbSingleChildren(Element winner, Element stop) {
        Element e = winner;
        while (e.parent() != null && e.parent() != stop && e.parent().childrenSize() == 1) {
            e = e.parent();
        }
        return e;
    }
}
