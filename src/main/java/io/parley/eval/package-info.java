/**
 * Scores the extractor against hand-annotated gold files: a Java port of the corpus scorer
 * ({@code score.py}) and a runner that reads a corpus folder. May read files; {@code io.parley.extract}
 * must never import this package.
 */
package io.parley.eval;
