/**
 * The services behind every entry point: ingest an upload once (New, Duplicate or Rejected), extract it, and
 * record failures on the article. Plain Java over {@code store}, {@code ingest} and {@code extract}; it must not
 * import Quarkus, AWS, {@code api}, {@code functions} or {@code cli}.
 */
package io.parley.service;
