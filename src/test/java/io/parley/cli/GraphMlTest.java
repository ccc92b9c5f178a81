package io.parley.cli;

import static io.parley.testing.Facts.ARAGHCHI;
import static io.parley.testing.Facts.LAVROV;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.ask.Graph;
import io.parley.model.Article;
import io.parley.model.MeetingEntry;
import io.parley.model.MeetingKind;
import io.parley.testing.Facts;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlTest {

    private static final LocalDate NOV_18 = LocalDate.of(2025, 11, 18);

    private static MeetingEntry report(String articleId, String sentence) {
        Article a = Facts.article(articleId, NOV_18, "Talks in Moscow\n\n" + sentence + "\n");
        return new MeetingEntry(articleId, "Talks in Moscow", NOV_18,
                Facts.meeting(a, sentence, MeetingKind.IN_PERSON, NOV_18, LAVROV, ARAGHCHI), List.of("sergey-lavrov", "abbas-araghchi"));
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void twoArticlesReportingOneMeetingGiveOneEdgeWithItsEventAndSourceCount() throws Exception {
        Graph graph = Graph.of(List.of(report("wire", "Sergey Lavrov met Abbas Araghchi in Moscow on Tuesday."),
                report("daily", "Lavrov and Araghchi held talks in Moscow on Tuesday.")));

        Document doc = parse(GraphMl.write(graph));

        NodeList edges = doc.getElementsByTagName("edge");
        assertEquals(1, edges.getLength());
        assertEquals("2", data((Element) edges.item(0), "e_sourceCount"));
        assertEquals(graph.edges().get(0).eventId(), data((Element) edges.item(0), "e_eventId"));
        assertTrue(data((Element) edges.item(0), "e_eventId").startsWith("ev-"));
    }

    @Test
    void theSourceCountIsDeclaredAsAnIntegerKey() throws Exception {
        Document doc = parse(GraphMl.write(Graph.of(List.of(report("wire", "Sergey Lavrov met Abbas Araghchi on Tuesday.")))));

        NodeList keys = doc.getElementsByTagName("key");
        boolean declared = false;
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            if (k.getAttribute("id").equals("e_sourceCount")) {
                declared = k.getAttribute("attr.type").equals("int") && k.getAttribute("attr.name").equals("sourceCount")
                        && k.getAttribute("for").equals("edge");
            }
        }
        assertTrue(declared);
    }

    private static String data(Element edge, String key) {
        NodeList data = edge.getElementsByTagName("data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }
}
