package io.parley.scrape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The guard with a resolver that answers from a table: no real DNS is asked. */
class AddressGuardTest {

    private final List<String> lookups = new ArrayList<>();

    private AddressGuard guard(Map<String, List<InetAddress>> dns, Set<String> allowed) {
        return new AddressGuard(host -> {
            lookups.add(host);
            List<InetAddress> answer = dns.get(host);
            if (answer == null) {
                throw new UnknownHostException(host);
            }
            return answer.toArray(InetAddress[]::new);
        }, allowed);
    }

    private AddressGuard resolvingTo(InetAddress... addresses) {
        return guard(Map.of("news.example", List.of(addresses)), Set.of());
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    /** An IPv6 address kept in IPv6 form (InetAddress.getByName turns ::ffff:a.b.c.d into IPv4). */
    private static InetAddress ipv6(String hex) throws UnknownHostException {
        return Inet6Address.getByAddress(null, HexFormat.of().parseHex(hex), -1);
    }

    @Test
    void allowsAHostWithPublicAddresses() throws Exception {
        List<InetAddress> checked = resolvingTo(ip("93.184.216.34"), ip("2606:2800:220:1:248:1893:25c8:1946"))
                .check(URI.create("https://news.example/world/story"));
        assertEquals(2, checked.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "10.0.0.1", "172.16.5.4", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.100.100.200", "0.0.0.0", "224.0.0.1",
            "255.255.255.255", "198.18.0.1", "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1"})
    void refusesAHostThatResolvesToABlockedAddress(String literal) throws Exception {
        FetchException e = assertThrows(FetchException.class,
                () -> resolvingTo(ip(literal)).check(URI.create("http://news.example/")));
        assertTrue(e.getMessage().startsWith("refused: news.example resolves to "), e.getMessage());
        assertFalse(e.retryable());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "00000000000000000000ffff7f000001",   // ::ffff:127.0.0.1
            "00000000000000000000ffffa9fea9fe",   // ::ffff:169.254.169.254
            "0000000000000000000000000a000001",   // ::10.0.0.1 (IPv4-compatible)
            "0064ff9b0000000000000000a9fea9fe",   // 64:ff9b::169.254.169.254 (NAT64)
            "2002c0a801010000000000000000000f"})  // 2002:c0a8:0101:: (6to4 of 192.168.1.1)
    void refusesIpv6AddressesThatCarryABlockedIpv4Address(String hex) throws Exception {
        FetchException e = assertThrows(FetchException.class,
                () -> resolvingTo(ipv6(hex)).check(URI.create("http://news.example/")));
        assertTrue(e.getMessage().contains("embedded in IPv6"), e.getMessage());
    }

    @Test
    void refusesWhenAnyOfTheAnswersIsBlocked() throws Exception {
        FetchException e = assertThrows(FetchException.class,
                () -> resolvingTo(ip("93.184.216.34"), ip("10.1.2.3")).check(URI.create("http://news.example/")));
        assertEquals("refused: news.example resolves to 10.1.2.3, a private address", e.getMessage());
    }

    @Test
    void refusesAddressLiteralsInTheUrl() {
        AddressGuard guard = new AddressGuard(Resolver.SYSTEM, Set.of());
        assertThrows(FetchException.class, () -> guard.check(URI.create("http://169.254.169.254/latest/meta-data/")));
        assertThrows(FetchException.class, () -> guard.check(URI.create("http://[::1]:8080/")));
        assertThrows(FetchException.class, () -> guard.check(URI.create("http://10.0.0.1/")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://news.example/feed.xml", "gopher://news.example/",
            "jar:file:/tmp/x.jar!/a", "mailto:desk@news.example", "/relative/path"})
    void refusesSchemesOtherThanHttpAndHttps(String url) {
        FetchException e = assertThrows(FetchException.class, () -> resolvingTo().check(URI.create(url)));
        assertTrue(e.getMessage().startsWith("refused: not an http(s) URL"), e.getMessage());
        assertTrue(lookups.isEmpty());
    }

    @Test
    void refusesUserInfoWhichHidesTheRealHost() {
        assertThrows(FetchException.class, () -> resolvingTo().check(URI.create("http://news.example@10.0.0.1/")));
        assertTrue(lookups.isEmpty());
    }

    @Test
    void allowListedHostsSkipTheCheckButAreStillResolvedForTheConnection() throws Exception {
        AddressGuard guard = guard(Map.of("localhost", List.of(ip("127.0.0.1"))), Set.of("127.0.0.1", "LocalHost"));
        assertEquals(List.of(), guard.check(URI.create("http://127.0.0.1:8080/feed.xml")));
        assertEquals(List.of(ip("127.0.0.1")), guard.check(URI.create("http://localhost/feed.xml")));
        assertEquals(List.of("localhost"), lookups);
        assertThrows(FetchException.class, () -> guard.check(URI.create("http://127.0.0.2/")));
    }

    /** Issue 15, item 9: documentation and the other special-purpose ranges, in IPv4 and IPv6. */
    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "198.51.100.7", "203.0.113.200", "192.88.99.1", "2001:db8::1",
            "2001:db8:ffff::1", "3fff::1", "100::1", "2001::1", "2001:0:4136:e378:8000:63bf:5601:5601",
            "2001:20::1", "5f00::1", "64:ff9b:1::a9fe:a9fe", "64:ff9b:1::808:808"})
    void refusesDocumentationAndOtherSpecialRanges(String literal) throws Exception {
        FetchException e = assertThrows(FetchException.class,
                () -> resolvingTo(ip(literal)).check(URI.create("http://news.example/")));
        assertTrue(e.getMessage().startsWith("refused: news.example resolves to "), e.getMessage());
    }

    /** Issue 15, item 9: every IPv6 spelling of the metadata address and of private addresses, also as URL literals. */
    @ParameterizedTest
    @ValueSource(strings = {"http://[::a9fe:a9fe]/latest/meta-data/", "http://[::169.254.169.254]/",
            "http://[::ffff:a9fe:a9fe]/", "http://[::ffff:169.254.169.254]/", "http://[::ffff:0:a9fe:a9fe]/",
            "http://[::ffff:0:169.254.169.254]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b::169.254.169.254]/",
            "http://[64:ff9b:1::a9fe:a9fe]/", "http://[2002:a9fe:a9fe::1]/", "http://[0:0:0:0:0:0:a9fe:a9fe]/",
            "http://[::ffff:7f00:1]/", "http://[::7f00:1]/", "http://[::ffff:0:a00:1]/", "http://[64:ff9b::c0a8:101]/",
            "http://[fd00:ec2::254]/", "http://[fe80::a9fe:a9fe%25eth0]/", "http://2852039166/", "http://169.254.43518/",
            "http://[::]/", "http://[2001:db8::a9fe:a9fe]/"})
    void refusesEveryIpv6AndNumericSpellingOfBlockedAddresses(String url) {
        AddressGuard guard = new AddressGuard(Resolver.SYSTEM, Set.of());
        FetchException e = assertThrows(FetchException.class, () -> guard.check(URI.create(url)));
        assertTrue(e.getMessage().startsWith("refused: ") || e.getMessage().startsWith("unknown host"), e.getMessage());
    }

    @Test
    void anUnknownHostIsAFailureThatMayPass() {
        FetchException e = assertThrows(FetchException.class, () -> guard(Map.of(), Set.of()).check(URI.create("http://gone.example/")));
        assertEquals("unknown host gone.example", e.getMessage());
        assertTrue(e.retryable());
    }

    @Test
    void resolvesAgainOnEveryCheck() throws Exception {
        AddressGuard guard = resolvingTo(ip("93.184.216.34"));
        guard.check(URI.create("http://news.example/a"));
        guard.check(URI.create("http://news.example/b"));
        assertEquals(List.of("news.example", "news.example"), lookups);
    }
}
