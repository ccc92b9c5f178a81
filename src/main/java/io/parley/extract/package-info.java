/**
 * The NLP pipeline that turns an {@link io.parley.model.Article} into an {@link io.parley.model.Extraction}:
 * sentences, tokens, actors, coreference, quotes, speech cues, statements, meetings, dates, places, topics
 * and a summary, every fact tied to offsets in the article text. Start at {@link io.parley.extract.Extractor}.
 *
 * <p>Pure Java: it must not import AWS, Quarkus, {@code java.net} or {@code java.nio.file}, and does no I/O
 * except reading its own lexicons ({@code /lexicon/*.txt}) from the classpath once, at construction.
 */
package io.parley.extract;
