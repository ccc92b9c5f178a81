/**
 * The main text and metadata of an HTML page (jsoup, boilerplate rules, Readability-style scoring, JSON-LD):
 * start at {@link io.parley.ingest.html.HtmlArticleExtractor}. It must not import {@code io.parley.ingest} (which
 * uses it), {@code io.parley.extract}, AWS, Quarkus or the network.
 */
package io.parley.ingest.html;
