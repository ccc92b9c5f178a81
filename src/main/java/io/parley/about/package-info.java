/** What build of Parley is running: read by the {@code version} function and command. */
package io.parley.about;
