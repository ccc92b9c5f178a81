package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, item 9 (DNS rebinding): the fetch connects to the address the guard checked, never resolving the
 * name again, and keeps the name in the {@code Host} header.
 */
class PinnedAddressTest {

    private final TestSite site = TestSite.start();
    private final List<String> lookups = new ArrayList<>();

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void connectsToTheCheckedAddressWithTheNameAsHost() throws Exception {
        site.route("/world/story", x -> {
            byte[] body = ("host=" + x.getRequestHeaders().getFirst("Host")).getBytes(StandardCharsets.UTF_8);
            x.sendResponseHeaders(200, body.length);
            x.getResponseBody().write(body);
            x.close();
        });
        site.text("/robots.txt", 404, "text/plain", "");
        int port = site.uri("/").getPort();
        // "news.invalid" exists in no DNS: the fetch can only reach the site through the address the guard was given.
        Resolver dns = host -> {
            lookups.add(host);
            if (!host.equals("news.invalid")) {
                throw new UnknownHostException(host);
            }
            return new InetAddress[] {InetAddress.getLoopbackAddress()};
        };
        ScrapeSettings settings = ScrapeSettings.defaults().withAllowedHosts(Set.of("news.invalid"))
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(10));
        PoliteFetcher fetcher = new PoliteFetcher(settings, dns, System::nanoTime, d -> { });

        FetchResponse r = fetcher.page(URI.create("http://news.invalid:" + port + "/world/story"));

        assertEquals(200, r.status());
        assertEquals("host=news.invalid:" + port, new String(r.body(), StandardCharsets.UTF_8));
        assertEquals(URI.create("http://news.invalid:" + port + "/world/story"), r.uri());
        assertEquals(List.of("news.invalid", "news.invalid"), lookups, "robots.txt and the page, each checked once");
    }

    @Test
    void anHttpsRequestGetsTheNameAsSni() {
        FetchRequest request = FetchRequest.get(URI.create("https://news.example/a?b=1"), FetchRequest.HTML)
                .connectingTo(InetAddress.getLoopbackAddress());
        PinnedAddress pinned = PinnedAddress.of(request);
        assertEquals(URI.create("https://127.0.0.1/a?b=1"), pinned.uri());
        assertEquals("news.example", pinned.hostHeader());
        try (var client = pinned.tlsClient(Duration.ofSeconds(1))) {
            assertEquals(List.of(new javax.net.ssl.SNIHostName("news.example")),
                    client.sslParameters().getServerNames());
        }
    }
}
