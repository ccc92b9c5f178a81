package io.parley.functions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.sun.net.httpserver.HttpServer;
import io.parley.testing.LocalAwsResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scrape function through the Lambda event server, with a real scheduled event, dynalite and a local news site. */
@QuarkusTest
@TestProfile(ScrapeFunctionIT.Profile.class)
class ScrapeFunctionIT {

    @Test
    void scrapesTheConfiguredFeedsAndThenSeesThemAgain() throws IOException {
        String event = new String(resource("/events/scheduled-event.json"), StandardCharsets.UTF_8);
        given().contentType("application/json").body(event).when().post()
                .then().statusCode(200)
                .body("feeds", equalTo(1)).body("newArticles", equalTo(2)).body("failed", equalTo(0))
                .body("failures", hasSize(0));
        given().contentType("application/json").body(event).when().post()
                .then().statusCode(200)
                .body("newArticles", equalTo(0)).body("seen", equalTo(2));
    }

    static byte[] resource(String name) {
        try (InputStream in = ScrapeFunctionIT.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exports the scrape function, lets it reach 127.0.0.1, and starts dynalite and the news site. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.funqy.export", "scrape", "parley.scrape.allow-hosts", "127.0.0.1");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(LocalAwsResource.class), new TestResourceEntry(NewsSite.class));
        }
    }

    /** The Harbour Courier's Atom feed and its two articles on 127.0.0.1; configures them as {@code parley.feeds}. */
    public static class NewsSite implements QuarkusTestResourceLifecycleManager {
        private HttpServer server;

        @Override
        public Map<String, String> start() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            serve("/diplomacy/atom.xml", "courier-atom.xml", "application/atom+xml", base);
            serve("/diplomacy/lorhaven-summit-fishing-rights", "courier-lorhaven-summit.html", "text/html", base);
            serve("/diplomacy/tarn-ossel-phone-call", "courier-phone-call.html", "text/html", base);
            server.start();
            return Map.of("parley.feeds", base + "/diplomacy/atom.xml");
        }

        private void serve(String path, String fixture, String type, String base) {
            byte[] body = new String(resource("/scrape/" + fixture), StandardCharsets.UTF_8).replace("${BASE}", base)
                    .getBytes(StandardCharsets.UTF_8);
            server.createContext(path, x -> {
                x.getResponseHeaders().add("Content-Type", type);
                x.sendResponseHeaders(200, body.length);
                try (OutputStream out = x.getResponseBody()) {
                    out.write(body);
                }
            });
        }

        @Override
        public void stop() {
            if (server != null) {
                server.stop(0);
            }
        }
    }
}
