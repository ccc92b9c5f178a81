package io.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * SiblingCollector gathers the winning container and those of its siblings that continue the article: scored
 * siblings near the winner's score (more readily when they share its class) and plain prose paragraphs, in page
 * order. Pages often split one story over several sibling blocks around an advert or an image.
 */
final class SiblingCollector {

    private static final int LONG_PARAGRAPH = 80;

    private SiblingCollector() {
    }

    /** The winner and its article siblings, in document order. */
    static List<Element> collect(Element winner, ContentScorer scorer) {
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

    private static boolean belongs(Element sibling, Element winner, ContentScorer scorer, double threshold) {
        double bonus = !winner.className().isEmpty() && sibling.className().equals(winner.className())
                ? scorer.score(winner) * 0.2 : 0;
        if (scorer.score(sibling) > 0 && scorer.score(sibling) + bonus >= threshold) {
            return true;
        }
        return sibling.normalName().equals("p") && isProse(sibling);
    }

    private static boolean isProse(Element p) {
        String text = p.text();
        double links = ContentScorer.linkDensity(p);
        if (text.length() > LONG_PARAGRAPH) {
            return links < 0.25;
        }
        return !text.isEmpty() && links == 0 && text.matches("(?s).*[.!?]$");
    }
}
