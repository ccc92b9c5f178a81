package io.parley.ingest.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineFilterTest {

    private final LineFilter filter = new LineFilter(List.of("Envoys meet in Doha", "Envoys meet in Doha | Gulf Wire"));

    @ParameterizedTest
    @ValueSource(strings = {"Advertisement", "ADVERTISEMENT", "Read more", "Related: Talks stall in Geneva",
        "READ MORE: Ministers clash over port fees", "[Related: Ten things to know]", "Image 2 of 5", "1 of 6",
        "By Lena Varga", "BY LENA VARGA - 2019-04-10", "By Lena Varga, Diplomatic Correspondent", "Reporting by Omar Haddad; Editing by Anh Tran", "Write to Lena Varga at lena@envoy.example",
        "Back to Gallery", "This slideshow requires JavaScript.", "Envoys meet in Doha | Gulf Wire",
        "envoys meet in doha", "You may also like...", "Leave a Reply", "Last updated: 6 May 2025",
        "Published on 2025-05-06 10:00 CET", "Updated at 1:23 p.m."})
    void dropsFurniture(String line) {
        assertFalse(filter.keep(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By contrast, the Foreign Ministry said the talks were constructive and would go on.",
        "Photos which were released online show the two leaders at the airport.",
        "Loading of cargo resumed at the port on Monday, officials said.",
        "The minister said: \"We will return to the table.\"", "Related talks are planned for March in Oslo.", "By the numbers", "By The Way",
        "Published in 2019, the report found that 40 percent of the aid never arrived."})
    void keepsArticleSentences(String line) {
        assertTrue(filter.keep(line));
    }

    @Test
    void applyKeepsOrder() {
        assertEquals(List.of("First.", "Second."), filter.apply(List.of("First.", "Advertisement", "Second.")));
    }
}
