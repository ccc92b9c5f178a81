package io.parley.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.Problem;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static final ArticleInfo INFO = new ArticleInfo("a1", "Talks in Rome", LocalDate.of(2025, 11, 20), null, null);

    @Test
    void aCompleteExtractionKeepsTheContractWithoutAProblemsField() {
        String json = Json.write(new Extraction(INFO, List.of(), List.of(), "No meetings or statements found."));

        assertFalse(json.contains("problems"), json);
        assertTrue(json.endsWith("\"summary\":\"No meetings or statements found.\"}"), json);
    }

    @Test
    void anExtractionWithAProblemShowsItAndReadsBack() {
        Extraction failed = new Extraction(INFO, List.of(), List.of(), "s", List.of(new Problem("quotes", "boom")));

        String json = Json.write(failed);

        assertTrue(json.contains("\"problems\":[{\"stage\":\"quotes\",\"message\":\"boom\"}]"), json);
        assertEquals(failed, Json.read(json, Extraction.class));
    }
}
