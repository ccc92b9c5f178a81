package io.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Article;
import io.parley.model.Extraction;
import io.parley.testing.Facts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionVersionTest {

    private static final Article ARTICLE = Facts.article("v1", LocalDate.of(2025, 11, 20),
            "Talks in Accra\n\nGhana's foreign minister said the talks in Accra went well.\n");
    private static final Extraction ONE = new Extraction(ARTICLE.info(), List.of(), List.of(
            Facts.statement(ARTICLE, "Ghana's foreign minister said the talks in Accra went well.", Facts.WANG, "trade")), "s");

    @Test
    void theSameResultGetsTheSameVersionSoARedeliveryWritesTheSameKeys() {
        assertEquals(ExtractionVersion.of("0.3.0", ONE, List.of("Wang Yi=wang-yi")),
                ExtractionVersion.of("0.3.0", ONE, List.of("Wang Yi=wang-yi")));
    }

    @Test
    void otherRulesOtherFactsOrOtherActorsGetAnotherVersion() {
        String base = ExtractionVersion.of("0.3.0", ONE, List.of("Wang Yi=wang-yi"));
        Extraction none = new Extraction(ARTICLE.info(), List.of(), List.of(), "s");

        assertNotEquals(base, ExtractionVersion.of("0.3.1", ONE, List.of("Wang Yi=wang-yi")));
        assertNotEquals(base, ExtractionVersion.of("0.3.0", none, List.of("Wang Yi=wang-yi")));
        assertNotEquals(base, ExtractionVersion.of("0.3.0", ONE, List.of("Wang Yi=wang-yi-2")));
        assertTrue(base.matches("[0-9a-f]{12}"), base);
    }

    @Test
    void factKeysCarryTheirArticleAndVersion() {
        String key = Keys.fact(Keys.FactType.STATEMENT, LocalDate.of(2025, 11, 20), "v1", "0123456789ab", 7);

        assertEquals("S#2025-11-20#v1#0123456789ab#007", key);
        assertEquals("v1", Keys.articleOfFact(key));
        assertEquals("0123456789ab", Keys.versionOfFact(key));
        assertEquals(ExtractionVersion.LEGACY, Keys.versionOfFact("S#2025-11-20#v1#007"));
    }
}
