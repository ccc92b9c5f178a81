/**
 * Ingest turns input files (plain text, JSON, HTML) into {@link io.parley.model.Article}s: format detection,
 * UTF-8 decoding with limits, HTML main-text extraction and content hashing. Start at {@link
 * io.parley.ingest.ArticleReader} or {@link io.parley.ingest.html.HtmlArticleExtractor}. Pure code with no network or
 * file access; it must not import {@code io.parley.extract}, AWS or Quarkus.
 */
package io.parley.ingest;
