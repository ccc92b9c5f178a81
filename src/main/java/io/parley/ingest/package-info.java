/**
 * Ingest turns input files (plain text, JSON, HTML) into {@link io.parley.model.Article}s: format detection,
 * UTF-8 decoding with limits, JSON articles and content hashing; HTML main text is {@code ingest.html}. Start at
 * {@link io.parley.ingest.ArticleReader}. Pure code with no network or file access; it must not import
 * {@code io.parley.extract}, AWS or Quarkus.
 */
package io.parley.ingest;
