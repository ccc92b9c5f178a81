package io.parley.ask;

import static io.parley.testing.Facts.ARAGHCHI;
import static io.parley.testing.Facts.LAVROV;
import static io.parley.testing.Facts.WANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.testing.Facts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphTest {

    private static final String TEXT = "Trilateral talks\n\nLavrov, Araghchi and Wang met in Beijing on Friday.\n";

    @Test
    void aMeetingOfThreeGivesAnEdgeForEachPairAndOneNodePerActor() {
        Article article = Facts.article("g1", LocalDate.of(2025, 11, 21), TEXT);
        MeetingEntry entry = new MeetingEntry("g1", "Trilateral talks", article.info().published(),
                Facts.meeting(article, "Lavrov, Araghchi and Wang met in Beijing on Friday.", MeetingKind.MULTILATERAL,
                        LocalDate.of(2025, 11, 21), LAVROV, ARAGHCHI, WANG),
                List.of("sergey-lavrov", "abbas-araghchi", "wang-yi"));

        Graph graph = Graph.of(List.of(entry, entry));

        assertEquals(3, graph.nodes().size());
        assertEquals(3, graph.edges().size(), "the same meeting read twice is one event: one edge per pair");
        assertEquals("2025-11-21", graph.edges().get(0).date());
        String dot = graph.toDot();
        assertTrue(dot.startsWith("graph parley {"));
        assertTrue(dot.contains("\"sergey-lavrov\" -- \"abbas-araghchi\" [label=\"2025-11-21 multilateral\"];"), dot);
        assertTrue(dot.contains("\"wang-yi\" [label=\"Wang Yi\\nChina\"];"), dot);
    }
}
