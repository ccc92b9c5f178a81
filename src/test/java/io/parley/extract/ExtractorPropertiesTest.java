package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.json.Json;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Issue 15: properties of the extractor over generated news-like text (our own fragments: titles, names, speech
 * cues, meeting verbs, every kind of quote mark, dates, datelines) mixed with arbitrary Unicode, control
 * characters and broken quotes. For any such article: no rule fails, every evidence is the text at its offsets,
 * every quote is verbatim, and the same input gives the same output. (How time grows with the input is a
 * benchmark question: see the README's Benchmarks, not an assertion here.)
 */
class ExtractorPropertiesTest {

    private static final List<String> FRAGMENTS = List.of(
            "Foreign Minister", "President", "Prime Minister", "Ana Ruiz", "Karl Boden", "Mira Solberg", "Tomas Vale",
            "said", "told reporters", "stressed", "added", "according to", "met", "held talks with", "spoke by phone with",
            "will meet", "visited", "in Lisbon", "in Oslo", "on Monday", "on 17 November", "last week", "the ministry said",
            "his Norwegian counterpart", "the two leaders", "she", "he", "they", "that", "the talks were useful",
            "“", "”", "\"", "'", "‘", "’", "''", ",", ".", ";", ":", "—", "(", ")", "\n\n", "\n", "OSLO, Nov 18 (Wire) —",
            "Mr.", "Dr.", "U.S.", "e.g.", "...", "?", "!", "Portuguese", "Norwegian", "trade", "climate", "nuclear");

    private static final Extractor EXTRACTOR = Texts.EXTRACTOR;

    @Provide
    Arbitrary<String> articles() {
        Arbitrary<String> fragment = Arbitraries.oneOf(Arbitraries.of(FRAGMENTS), Arbitraries.of(FRAGMENTS),
                Arbitraries.of(FRAGMENTS), Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("\u0000\u001B\u0007\r\t\u00A0\u2028\u200B\uFEFF\"“”‘’").ofMaxLength(4));
        return fragment.list().ofMaxSize(120).map(parts -> "Envoys confer\n\n" + String.join(" ", parts));
    }

    @Property(tries = 150)
    void noRuleFails(@ForAll("articles") String text) {
        Extraction x = EXTRACTOR.extract(article(text));
        assertTrue(x.problems().isEmpty(), () -> x.problems() + " on " + Json.write(text));
    }

    @Property(tries = 150)
    void everyEvidenceIsTheTextAtItsOffsets(@ForAll("articles") String text) {
        Extraction x = EXTRACTOR.extract(article(text));
        evidences(x).forEach(span -> {
            assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= text.length(), span::toString);
            assertEquals(text.substring(span.start(), span.end()), span.text());
        });
    }

    @Property(tries = 150)
    void everyQuoteIsVerbatim(@ForAll("articles") String text) {
        Extraction x = EXTRACTOR.extract(article(text));
        x.statements().stream().filter(s -> s.quote() != null)
                .forEach(s -> assertTrue(text.contains(s.quote()), () -> "not verbatim: " + s.quote()));
    }

    @Property(tries = 100)
    void theSameArticleGivesTheSameExtraction(@ForAll("articles") String text) {
        assertEquals(Json.write(EXTRACTOR.extract(article(text))), Json.write(EXTRACTOR.extract(article(text))));
    }

    private static Stream<Span> evidences(Extraction x) {
        return Stream.concat(x.meetings().stream().map(m -> m.evidence()), x.statements().stream().map(s -> s.evidence()));
    }

    private static Article article(String text) {
        return new Article(new ArticleInfo("p", "Envoys confer", LocalDate.of(2025, 11, 19), null, null), text);
    }
}
