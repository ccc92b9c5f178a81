package io.parley.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.model.Actor;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.MeetingRef;
import io.parley.model.Problem;
import io.parley.model.Span;
import io.parley.model.Statement;
import io.parley.model.StatementKind;
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

    private static final Statement SAID = new Statement(new Actor("Ana Ruiz", null, null), StatementKind.INDIRECT,
            "said", null, "trade would grow", List.of(), new Span(0, 5, "After"), "subject-cue");

    @Test
    void aStatementPlacedAtNoMeetingHasNoMeetingField() {
        String json = Json.write(SAID);

        assertFalse(json.contains("meeting"), json);
        assertEquals(SAID, Json.read(json, Statement.class));
    }

    @Test
    void aStatementPlacedAtAMeetingNamesItsIndexPhraseAndRuleAndReadsBack() {
        Statement at = SAID.atMeeting(new MeetingRef(1, "after the talks", "at-meeting:told-before"));

        String json = Json.write(at);

        assertTrue(json.endsWith("\"rule\":\"subject-cue\",\"meeting\":{\"index\":1,\"phrase\":\"after the talks\","
                + "\"rule\":\"at-meeting:told-before\"}}"), json);
        assertEquals(at, Json.read(json, Statement.class));
    }
}
