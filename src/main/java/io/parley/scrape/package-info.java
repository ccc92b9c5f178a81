/**
 * Scrape reads news feeds (RSS and Atom) and their article pages politely and safely, and hands each new
 * article to {@link io.parley.service.IngestService}. Start at {@link io.parley.scrape.Scraper}; a fetch is a
 * chain of small steps ({@link io.parley.scrape.PoliteFetcher}). Plain Java over {@code service}, {@code ingest}
 * and {@code store}; it must not import {@code functions}, {@code cli} or Quarkus, and it contacts no address
 * that {@link io.parley.scrape.AddressGuard} refuses.
 */
package io.parley.scrape;
