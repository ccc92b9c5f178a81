/**
 * What build of Parley is running, read by the {@code version} function and command. Of Parley it imports only
 * the extractor (for the version of its rules).
 */
package io.parley.about;
