package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Redirects in a chain with the address guard and a fake transport that records what it was asked to send. */
class RedirectsTest {

    private final List<URI> sent = new ArrayList<>();

    private FetchChain chain(Map<String, String> redirects) {
        FetchStep.Chain transport = request -> {
            sent.add(request.uri());
            String location = redirects.get(request.uri().toString());
            Map<String, List<String>> headers = location == null ? Map.of() : Map.of("Location", List.of(location));
            return new FetchResponse(request.uri(), location == null ? 200 : 302, HttpHeaders.of(headers, (a, b) -> true), new byte[0]);
        };
        AddressGuard guard = new AddressGuard(Resolver.SYSTEM, Set.of("127.0.0.1"));
        return new FetchChain(List.of(new Redirects(5), guard), transport);
    }

    private static FetchRequest get(String url) {
        return FetchRequest.get(URI.create(url), FetchRequest.HTML);
    }

    @Test
    void followsRelativeAndAbsoluteLocations() throws Exception {
        FetchResponse r = chain(Map.of("http://127.0.0.1/a", "/b", "http://127.0.0.1/b", "http://127.0.0.1/c?x=1"))
                .proceed(get("http://127.0.0.1/a"));
        assertEquals(URI.create("http://127.0.0.1/c?x=1"), r.uri());
        assertEquals(3, sent.size());
    }

    @Test
    void checksEveryHopBeforeSendingIt() {
        FetchException e = assertThrows(FetchException.class, () -> chain(
                Map.of("http://127.0.0.1/a", "http://169.254.169.254/latest/meta-data/")).proceed(get("http://127.0.0.1/a")));
        assertEquals("refused: 169.254.169.254 resolves to 169.254.169.254, a link-local or cloud metadata address", e.getMessage());
        assertEquals(List.of(URI.create("http://127.0.0.1/a")), sent);
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        FetchException e = assertThrows(FetchException.class, () -> chain(
                Map.of("http://127.0.0.1/a", "file:///etc/passwd")).proceed(get("http://127.0.0.1/a")));
        assertEquals("refused: not an http(s) URL: file:///etc/passwd", e.getMessage());
        assertEquals(1, sent.size());
    }

    @Test
    void followsFiveRedirects() throws Exception {
        assertEquals(URI.create("http://127.0.0.1/5"), chain(hops(5)).proceed(get("http://127.0.0.1/0")).uri());
        assertEquals(6, sent.size());
    }

    @Test
    void refusesTheSixthRedirectWithoutFollowingIt() {
        FetchException e = assertThrows(FetchException.class, () -> chain(hops(6)).proceed(get("http://127.0.0.1/0")));
        assertEquals("more than 5 redirects from http://127.0.0.1/0", e.getMessage());
        assertEquals(6, sent.size());
    }

    /** /0 redirects to /1, and so on, {@code count} times. */
    private static Map<String, String> hops(int count) {
        Map<String, String> hops = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            hops.put("http://127.0.0.1/" + i, "/" + (i + 1));
        }
        return hops;
    }
}
