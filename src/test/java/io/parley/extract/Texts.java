package io.parley.extract;

import io.parley.model.Article;
import io.parley.model.ArticleInfo;
import io.parley.model.Extraction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: articles from short texts, one shared extractor, stages run on a body. */
final class Texts {

    static final Extractor EXTRACTOR = Extractor.create();
    static final Lexicons LEX = Lexicons.load();
    static final String HEADLINE = "Headline\n\n";

    private Texts() {
    }

    static Article article(String text, LocalDate published) {
        return new Article(new ArticleInfo("t", "Headline", published, null, null), text);
    }

    /** Extracts a one-paragraph-or-more body under a dummy headline, published on 2025-11-19 (a Wednesday). */
    static Extraction extract(String body) {
        return EXTRACTOR.extractOrThrow(article(HEADLINE + body, LocalDate.of(2025, 11, 19)));
    }

    /** The first stages (paragraphs, quotes, sentences, tokens, mentions) over a full text. */
    static Doc doc(String text) {
        List<Paragraph> ps = Paragraphs.split(text);
        List<Sentence> ss = SentenceSplitter.split(text, ps);
        List<Quote> quotes = QuoteScanner.scan(text, ps);
        ActorFinder finder = new ActorFinder(LEX);
        List<List<Token>> toks = new ArrayList<>();
        List<List<Mention>> ms = new ArrayList<>();
        for (Sentence s : ss) {
            toks.add(Tokenizer.tokenize(text, s.start(), s.end()));
            ms.add(finder.find(text, s, toks.get(toks.size() - 1)));
        }
        return new Doc(text, ps, ss, toks, ms, quotes);
    }

    static String resource(String path) {
        try (InputStream in = Texts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
