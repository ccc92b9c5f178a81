package io.parley.api;

import java.util.List;

/** Handles the requests of one route; {@code pathParams} are the values of the route's {@code {...}} parts. */
@FunctionalInterface
interface Handler {

    ApiResponse handle(ApiRequest request, List<String> pathParams);
}
