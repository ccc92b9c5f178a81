/**
 * The query API as plain Java: routes an HTTP-like request to a handler over the store and returns a JSON
 * response with a status. No Quarkus and no Lambda event types; {@code functions} adapts the HTTP API event.
 */
package io.parley.api;
