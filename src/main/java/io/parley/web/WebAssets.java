package io.parley.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.parley.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files served beside the API: the web page (resources under {@code web/}, the graph library bundled there
 * at build time) and the API description ({@code openapi.yaml} as JSON). {@code parley serve} publishes both;
 * the query function publishes the page ({@link #page}).
 */
public final class WebAssets {

    /** A file to send: its media type and bytes. */
    public record Asset(String contentType, byte[] bytes) {
    }

    /**
     * The routes of the deployed API that answer the {@link #page} (public in template.yaml when the API takes
     * JWTs): files, not part of the JSON API that openapi.yaml describes.
     */
    public static final List<String> PAGE_ROUTES = List.of("GET /", "GET /web/{proxy+}");

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8", "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png", "txt", "text/plain; charset=utf-8");

    private WebAssets() {
    }

    /** The asset a GET of {@code path} asks for, if it is one: the {@link #page} or {@code /openapi.json}. */
    public static Optional<Asset> find(String path) {
        if (path.equals("/openapi.json")) {
            return Optional.of(new Asset(TYPES.get("json"), openApiJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        return page(path);
    }

    /** The file of the web page a GET of {@code path} asks for, if it is one: {@code /}, {@code /index.html} or {@code /web/...}. */
    public static Optional<Asset> page(String path) {
        if (path.equals("/") || path.equals("/index.html")) {
            return resource("web/index.html");
        }
        if (path.startsWith("/web/") && !path.contains("..") && !path.contains("//")) {
            return resource(path.substring(1));
        }
        return Optional.empty();
    }

    /** The API description, {@code openapi.yaml} from the resources, as JSON text. */
    public static String openApiJson() {
        try (InputStream in = stream("openapi.yaml")) {
            JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(in);
            return Json.write(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read openapi.yaml", e);
        }
    }

    private static Optional<Asset> resource(String name) {
        try (InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new Asset(type(name), in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = WebAssets.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not among the resources");
        }
        return in;
    }

    private static String type(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }
}
