package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.parley.model.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteOwnersTest {

    @Test
    void carriesSpeakerIntoQuoteContinuedNextParagraph() {
        List<Statement> s = Texts.extract("“We have work to do,” Minister Claire Duval said. “Our economies are tied.\n"
                + "“Tariffs would hurt workers.”").statements();
        assertEquals(3, s.size());
        assertEquals("Tariffs would hurt workers.", s.get(2).quote());
        assertEquals("Claire Duval", s.get(2).speaker().name());
    }

    @Test
    void aShortQuoteAloneOnItsLineIsACrossHeadingNotSpeech() {
        List<Statement> heading = Texts.extract("Minister Paul Durand said the region mattered.\n“a shared border”\n")
                .statements();
        assertEquals(1, heading.size());
        List<Statement> speech = Texts.extract("Minister Paul Durand said the region mattered.\n“A shared border.”\n")
                .statements();
        assertEquals("A shared border.", speech.get(1).quote());
    }

    @Test
    void carriesSpeakerIntoQuoteRunningOverSentences() {
        List<Statement> s = Texts.extract("“We agree. We will sign,” Minister Paul Durand said.").statements();
        assertEquals(List.of("We agree.", "We will sign"), s.stream().map(Statement::quote).toList());
    }

    @Test
    void givesQuoteParagraphToSpeakerOfParagraphBefore() {
        List<Statement> s = Texts.extract("Minister Paul Durand said the region mattered.\n“It is home to half the world.”")
                .statements();
        assertEquals("Paul Durand", s.get(1).speaker().name());
        assertEquals("It is home to half the world.", s.get(1).quote());
    }

    @Test
    void givesQuoteOpeningSentenceToSpeakerOfSentenceBefore() {
        List<Statement> s = Texts.extract("Talks may resume in spring, Minister Ines Laurent said. "
                + "“Nobody wants the border closed for another winter.”").statements();
        assertEquals(2, s.size());
        assertEquals("Ines Laurent", s.get(1).speaker().name());
        assertEquals("Nobody wants the border closed for another winter.", s.get(1).quote());
        assertEquals("quote-after-sentence", s.get(1).rule());
    }

    @Test
    void givesExclamationToSpeakerOpeningNextSentence() {
        List<Statement> s = Texts.extract("“Enough of these delays!” Ana Ruiz, the head of the port authority, wrote on social media, "
                + "adding that the port had stayed shut.").statements();
        Statement quoted = s.stream().filter(x -> x.quote() != null).findFirst().orElseThrow();
        assertEquals("Ana Ruiz", quoted.speaker().name());
        assertEquals("Enough of these delays!", quoted.quote());
        assertEquals("quote-before-subject", quoted.rule());
    }

    @Test
    void givesQuotedClauseEndingSentenceToSpeakerOfSentenceBefore() {
        List<Statement> s = Texts.extract("“The offer was fair,” said envoy Marta Kovac. The minister “simply read "
                + "the figures wrong.”").statements();
        Statement quoted = s.get(s.size() - 1);
        assertEquals("Marta Kovac", quoted.speaker().name());
        assertEquals("simply read the figures wrong.", quoted.quote());
    }

    @Test
    void leavesScareQuoteAfterStatementAlone() {
        List<Statement> s = Texts.extract("Envoy Marta Kovac said the offer was fair. The “grand bargain” collapsed.")
                .statements();
        assertEquals(1, s.size());
    }

    @Test
    void leavesUnattributedQuoteAlone() {
        assertEquals(List.of(), Texts.extract("The so-called “grand bargain” collapsed.").statements());
    }
}
