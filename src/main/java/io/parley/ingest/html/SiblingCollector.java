package io.parley.ingest.html;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * SiblingCollector gathers the winning container and the blocks that continue the article, in page order:
 * scored siblings near the winner's score (more readily when they share its class), plain prose paragraphs
 * beside it, and "twins" elsewhere in the page, blocks with the winner's exact tag and class, which is how
 * many sites split one story into chunks around adverts and pull quotes.
 */
final class SiblingCollector {

    private static final Set<String> PROSE_TAGS = Set.of("p", "div", "blockquote", "pre");
    private static final int LONG_PARAGRAPH = 80;
    private static final int MIN_TWIN_TEXT = 100;
    private static final double TWIN_SHARE = 0.25;
    private static final int MAX_TWINS = 30;

    private SiblingCollector() {
    }

    /** The winner and its article siblings and twins, in document order. */
    static List<Element> collect(Element winner, ContentScorer scorer, Element body) {
        Set<Element> chosen = new HashSet<>(siblings(winner, scorer));
        chosen.addAll(twins(winner, scorer, body));
        List<Element> ordered = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (chosen.contains(e) && !hasChosenAncestor(e, chosen)) {
                ordered.add(e);
            }
        }
        return ordered;
    }

    private static List<Element> siblings(Element winner, ContentScorer scorer) {
        Element parent = winner.parent();
        if (parent == null) {
            return List.of(winner);
        }
        double threshold = Math.max(10, scorer.score(winner) * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == winner || belongs(sibling, winner, scorer, threshold)) {
                out.add(sibling);
            }
        }
        return out;
    }

    /** Elements with the winner's tag and non-empty class that score near it and hold prose of their own. */
    private static List<Element> twins(Element winner, ContentScorer scorer, Element body) {
        String className = winner.className();
        if (className.isBlank()) {
            return List.of();
        }
        List<Element> out = new ArrayList<>();
        double bar = scorer.bestWithin(winner) * TWIN_SHARE;
        int examined = 0;
        for (Element e : body.getElementsByTag(winner.normalName())) {
            if (e != winner && e.className().equals(className) && isProseBlock(e, scorer.stats())
                    && examined++ < MAX_TWINS && scorer.bestWithin(e) >= bar) {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isProseBlock(Element e, TextStats stats) {
        return stats.text(e) >= MIN_TWIN_TEXT && stats.linkDensity(e) < 0.3;
    }

    private static boolean hasChosenAncestor(Element e, Set<Element> chosen) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (chosen.contains(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean belongs(Element sibling, Element winner, ContentScorer scorer, double threshold) {
        double bonus = !winner.className().isEmpty() && sibling.className().equals(winner.className())
                ? scorer.score(winner) * 0.2 : 0;
        if (scorer.score(sibling) > 0 && scorer.score(sibling) + bonus >= threshold) {
            return true;
        }
        return PROSE_TAGS.contains(sibling.normalName()) && ContentScorer.isParagraph(sibling) && isProse(sibling);
    }

    private static boolean isProse(Element p) {
        String text = p.text();
        double links = ContentScorer.linkDensity(p);
        if (text.length() > LONG_PARAGRAPH) {
            return links < 0.25;
        }
        return p.normalName().equals("p") && links == 0 && text.matches("(?s).*[.!?]$");
    }
}
