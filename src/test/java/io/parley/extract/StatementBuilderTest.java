package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Extraction;
import io.parley.model.Statement;
import io.parley.model.StatementKind;
import org.junit.jupiter.api.Test;

class StatementBuilderTest {

    @Test
    void makesOneStatementPerSpeakerAndSentence() {
        String body = "Minister Paul Durand said the talks were good and stressed that more were needed.";
        Extraction x = Texts.extract(body);
        assertEquals(1, x.statements().size());
        Statement s = x.statements().get(0);
        assertEquals(StatementKind.INDIRECT, s.kind());
        assertEquals("said", s.cue());
        assertEquals(10, s.evidence().start());
        assertEquals(Texts.HEADLINE.length() + body.length(), s.evidence().end());
    }

    @Test
    void makesDirectStatementWithVerbatimQuote() {
        Statement s = Texts.extract("He arrived. Minister Paul Durand said: “We will sign.”").statements().get(0);
        assertEquals(StatementKind.DIRECT, s.kind());
        assertEquals("We will sign.", s.quote());
        assertEquals("Minister Paul Durand said: “We will sign.”", s.evidence().text());
    }

    @Test
    void dropsCommaBeforeCueFromQuote() {
        String body = "Minister Anna Berg spoke. “We agreed to open talks,” she said.";
        Statement s = Texts.extract(body).statements().get(0);
        assertEquals("We agreed to open talks", s.quote());
        assertEquals("“We agreed to open talks,” she said.", s.evidence().text());
    }

    @Test
    void treatsShortTitleCaseQuoteAsTitle() {
        org.junit.jupiter.api.Assertions.assertTrue(StatementBuilder.isTitleLike("City of the Future,"));
        org.junit.jupiter.api.Assertions.assertFalse(StatementBuilder.isTitleLike("We will Win"));
    }
}
