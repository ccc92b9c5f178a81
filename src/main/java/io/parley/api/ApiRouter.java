package io.parley.api;

import io.parley.ask.InvalidQuestionException;
import io.parley.store.InvalidPageTokenException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * ApiRouter picks the route of a request and turns every refusal into a JSON error: 404 for an unknown
 * path, 405 for a known path with another method, 400 for bad parameters and the domain's "bad request"
 * exceptions (a page token or a question it cannot read), 500 (without internals) for anything unexpected.
 */
public final class ApiRouter {

    private static final Logger LOG = Logger.getLogger(ApiRouter.class.getName());

    private final List<Route> routes;

    ApiRouter(List<Route> routes) {
        this.routes = List.copyOf(routes);
    }

    /** Every route as API Gateway names it, for example {@code GET /articles/{id}}. */
    public List<String> routeKeys() {
        return routes.stream().map(r -> r.method() + " " + r.template()).toList();
    }

    public ApiResponse handle(ApiRequest request) {
        try {
            return dispatch(request);
        } catch (ApiException e) {
            return ApiResponse.error(e);
        } catch (InvalidPageTokenException | InvalidQuestionException e) {
            return ApiResponse.error(ApiException.badRequest(e.getMessage()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "request " + request.method() + " " + request.path() + " failed", e);
            return ApiResponse.error(new ApiException(500, "internal", "the request failed; it has been logged"));
        }
    }

    private ApiResponse dispatch(ApiRequest request) {
        boolean pathKnown = false;
        for (Route route : routes) {
            Optional<List<String>> params = route.match(request.path() == null ? "" : request.path());
            if (params.isPresent() && route.method().equals(request.method())) {
                return route.handler().handle(request, params.get());
            }
            pathKnown |= params.isPresent();
        }
        if (pathKnown) {
            throw new ApiException(405, "method_not_allowed", request.method() + " is not allowed on " + request.path());
        }
        throw ApiException.notFound("no route " + request.method() + " " + request.path());
    }
}
