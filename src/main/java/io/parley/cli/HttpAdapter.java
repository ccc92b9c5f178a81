package io.parley.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.parley.api.ApiRequest;
import io.parley.api.ApiResponse;
import io.parley.api.ApiRouter;
import io.parley.web.WebAssets;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HttpAdapter serves one HTTP exchange of {@code parley serve}: the web page and the API description for
 * their GETs, everything else through the same {@link ApiRouter} as the query function, with its JSON answer.
 */
final class HttpAdapter implements HttpHandler {

    /** Bodies are read up to this size; a larger one is answered 413 without reading the rest. */
    static final int MAX_BODY_BYTES = 2_000_000;
    private static final String JSON = "application/json; charset=utf-8";

    private final ApiRouter router;

    HttpAdapter(ApiRouter router) {
        this.router = router;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            Optional<WebAssets.Asset> asset = method.equals("GET") ? WebAssets.find(path) : Optional.empty();
            if (asset.isPresent()) {
                send(exchange, 200, asset.get().contentType(), asset.get().bytes());
                return;
            }
            ApiResponse response = answer(exchange, method, path);
            send(exchange, response.status(), JSON, response.json().getBytes(StandardCharsets.UTF_8));
        }
    }

    private ApiResponse answer(HttpExchange exchange, String method, String path) throws IOException {
        byte[] body = readCapped(exchange.getRequestBody());
        if (body.length > MAX_BODY_BYTES) {
            return tooLarge();
        }
        String text = body.length == 0 ? null : new String(body, StandardCharsets.UTF_8);
        return router.handle(new ApiRequest(method, decode(path), query(exchange.getRequestURI().getRawQuery()), text));
    }

    /** The API's error shape for a body over the limit. */
    private static ApiResponse tooLarge() {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("status", 413);
        error.put("code", "too_large");
        error.put("message", "the body is larger than " + MAX_BODY_BYTES + " bytes");
        return ApiResponse.of(413, Map.of("error", error));
    }

    /** The query string's parameters, decoded; the last value wins for a repeated name, as API Gateway does. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decodeForm(eq < 0 ? pair : pair.substring(0, eq));
            params.put(name, eq < 0 ? "" : decodeForm(pair.substring(eq + 1)));
        }
        return params;
    }

    /** A path decoded: {@code %XX} escapes, while {@code +} stays a plus. */
    private static String decode(String path) {
        return decodeForm(path.replace("+", "%2B"));
    }

    /** A query part decoded: {@code %XX} escapes, {@code +} a space (as browsers send forms). */
    private static String decodeForm(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    /** At most {@link #MAX_BODY_BYTES} + 1 bytes, so an oversized body is recognised without holding it all. */
    private static byte[] readCapped(InputStream in) throws IOException {
        return in.readNBytes(MAX_BODY_BYTES + 1);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("content-type", type);
        exchange.getResponseHeaders().set("x-content-type-options", "nosniff");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
