/**
 * The HTTP API as plain Java: the router, routes, parameters, JSON errors and the handlers (articles, facts,
 * questions, timelines, the graph; {@code POST /articles} hands the body to ingest). It must not import
 * Quarkus, AWS, {@code functions} or {@code cli}; {@code functions} adapts the API Gateway event to it.
 */
package io.parley.api;
