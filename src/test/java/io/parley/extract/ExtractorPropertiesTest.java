package io.parley.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.parley.json.Json;
import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import io.parley.model.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 15: properties of the extractor over generated news-like text (our own fragments: titles, names, speech
 * cues, meeting verbs, every kind of quote mark, dates, datelines) mixed with arbitrary Unicode, control
 * characters and broken quotes. For any such article: no rule fails, every evidence is the text at its offsets,
 * every quote is verbatim, and the same input gives the same output. (How time grows with the input is a
 * benchmark question: see the README's Benchmarks, not an assertion here.)
 *
 * <p>The articles come from a seeded generator, one per seed, so a failure names the seed that reproduces it
 * (rerun that one case) and every run tries the same 150 articles.
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

    private static final String ODD_CHARS = "\u0000\u001B\u0007\r\t\u00A0\u2028\u200B\uFEFF\"“”‘’";

    /** 150 seeds, each naming one generated article. */
    static IntStream seeds() {
        return IntStream.range(0, 150);
    }

    /**
     * Up to 120 parts joined by spaces after a title line: three in five a fragment of news, one in five any
     * UTF-16 units (lone surrogates and controls included), one in five quote marks, controls and odd spaces.
     */
    static String article(int seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> parts = new ArrayList<>();
        for (int n = random.nextInt(121); n > 0; n--) {
            int kind = random.nextInt(5);
            parts.add(kind < 3 ? FRAGMENTS.get(random.nextInt(FRAGMENTS.size()))
                    : kind == 3 ? anyChars(random, 12) : someOf(random, ODD_CHARS, 4));
        }
        return "Envoys confer\n\n" + String.join(" ", parts);
    }

    private static String anyChars(SplittableRandom random, int max) {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(max + 1); n > 0; n--) {
            sb.append((char) random.nextInt(Character.MAX_VALUE + 1));
        }
        return sb.toString();
    }

    private static String someOf(SplittableRandom random, String chars, int max) {
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(max + 1); n > 0; n--) {
            sb.append(chars.charAt(random.nextInt(chars.length())));
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void noRuleFails(int seed) {
        String text = article(seed);
        Extraction x = EXTRACTOR.extract(article(text));
        assertTrue(x.problems().isEmpty(), () -> x.problems() + " on " + Json.write(text));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyEvidenceIsTheTextAtItsOffsets(int seed) {
        String text = article(seed);
        Extraction x = EXTRACTOR.extract(article(text));
        evidences(x).forEach(span -> {
            assertTrue(0 <= span.start() && span.start() <= span.end() && span.end() <= text.length(), span::toString);
            assertEquals(text.substring(span.start(), span.end()), span.text());
        });
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyQuoteIsVerbatim(int seed) {
        String text = article(seed);
        Extraction x = EXTRACTOR.extract(article(text));
        x.statements().stream().filter(s -> s.quote() != null)
                .forEach(s -> assertTrue(text.contains(s.quote()), () -> "not verbatim: " + s.quote()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void theSameArticleGivesTheSameExtraction(int seed) {
        String text = article(seed);
        assertEquals(Json.write(EXTRACTOR.extract(article(text))), Json.write(EXTRACTOR.extract(article(text))));
    }

    private static Stream<Span> evidences(Extraction x) {
        return Stream.concat(x.meetings().stream().map(m -> m.evidence()), x.statements().stream().map(s -> s.evidence()));
    }

    private static Article article(String text) {
        return new Article(new ArticleInfo("p", "Envoys confer", LocalDate.of(2025, 11, 19), null, null), text);
    }
}
