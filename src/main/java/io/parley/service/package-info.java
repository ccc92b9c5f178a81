/**
 * The services behind the functions and the command line: ingest an article once, extract it, report
 * failures on the article. Plain Java over {@code store} and {@code extract}; no Quarkus, no AWS types.
 */
package io.parley.service;
