/**
 * The one reader of Parley's word lists (the data files under {@code src/main/resources/lexicon/}), shared by
 * extraction and question answering. Depends on nothing but the JDK.
 */
package io.parley.lexicon;
