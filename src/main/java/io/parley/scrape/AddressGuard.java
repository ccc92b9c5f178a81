package io.parley.scrape;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * AddressGuard is the fetch step that refuses any address Parley must not contact: a scheme other than
 * http or https, a URL without a host, or a host any of whose addresses lies in {@link BlockedRanges}
 * (loopback, private, link-local and cloud metadata, multicast, ...). Host names on the allow-list (tests
 * and local runs use {@code 127.0.0.1}) skip the address check.
 *
 * <p>It runs before every request of the chain, so each redirect hop is checked again, and it resolves the
 * host afresh each time. DNS rebinding: the request goes on with the first checked address
 * ({@link FetchRequest#address()}), and {@link HttpTransport} connects to that address (with the host name in
 * the {@code Host} header and TLS SNI), so a second DNS answer is never asked for; a host is refused when
 * <em>any</em> of its addresses is blocked, so a mixed answer does not get through either. Allow-listed hosts are
 * resolved and connected to the same way, without the range check.
 */
final class AddressGuard implements FetchStep {

    private final Resolver resolver;
    private final Set<String> allowedHosts;

    AddressGuard(Resolver resolver, Set<String> allowedHosts) {
        this.resolver = resolver;
        this.allowedHosts = allowedHosts.stream().map(AddressGuard::normaliseHost).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public FetchResponse fetch(FetchRequest request, Chain chain) throws FetchException {
        List<InetAddress> checked = check(request.uri());
        return chain.proceed(checked.isEmpty() ? request : request.connectingTo(checked.get(0)));
    }

    /**
     * Checks one address.
     *
     * @return the host's addresses as checked (for an allowed host: as resolved); empty for an address literal
     * @throws FetchException when the address must not be contacted, or the host is unknown
     */
    List<InetAddress> check(URI uri) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw FetchException.permanent("refused: not an http(s) URL: " + uri);
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw FetchException.permanent("refused: no plain host name in " + uri);
        }
        String host = normaliseHost(uri.getHost());
        if (allowedHosts.contains(host)) {
            return isLiteral(host) ? List.of() : resolve(host);
        }
        List<InetAddress> addresses = checkAddresses(host);
        return isLiteral(host) ? List.of() : addresses;
    }

    /** True for an IPv4 or IPv6 address literal, which needs no pinning. */
    static boolean isLiteral(String host) {
        return host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    private List<InetAddress> checkAddresses(String host) throws FetchException {
        List<InetAddress> addresses = resolve(host);
        for (InetAddress address : addresses) {
            Optional<String> range = BlockedRanges.match(address);
            if (range.isPresent()) {
                throw FetchException.permanent("refused: " + host + " resolves to " + address.getHostAddress()
                        + ", a " + range.get() + " address");
            }
        }
        return addresses;
    }

    private List<InetAddress> resolve(String host) throws FetchException {
        try {
            InetAddress[] found = resolver.resolve(host);
            if (found == null || found.length == 0) {
                throw FetchException.transientFailure("unknown host " + host);
            }
            return Arrays.asList(found);
        } catch (UnknownHostException e) {
            throw FetchException.transientFailure("unknown host " + host);
        }
    }

    private static String normaliseHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        h = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}
