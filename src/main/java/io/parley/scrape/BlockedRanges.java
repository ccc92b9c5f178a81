package io.parley.scrape;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * BlockedRanges lists the address ranges that Parley never fetches from: loopback, private, carrier-grade
 * NAT, link-local (which holds the cloud metadata service 169.254.169.254), multicast, unspecified, reserved,
 * documentation, benchmarking and the other special-purpose ranges that no public news site lives in (IANA's
 * special-purpose registries), in IPv4 and IPv6. An IPv6 address that carries an IPv4 address (mapped
 * {@code ::ffff:a.b.c.d}, compatible {@code ::a.b.c.d}, NAT64 {@code 64:ff9b::/96}, 6to4 {@code 2002::/16}) is
 * judged by that IPv4 address too; the IPv4-translated {@code ::ffff:0:a.b.c.d}, local-use NAT64
 * {@code 64:ff9b:1::/48} and Teredo ({@code 2001::/32}) forms are refused whatever they carry.
 */
final class BlockedRanges {

    private static final List<Range> RANGES = List.of(
            Range.of("this network", "0.0.0.0", 8),
            Range.of("private", "10.0.0.0", 8),
            Range.of("carrier-grade NAT", "100.64.0.0", 10),
            Range.of("loopback", "127.0.0.0", 8),
            Range.of("link-local or cloud metadata", "169.254.0.0", 16),
            Range.of("private", "172.16.0.0", 12),
            Range.of("IETF protocol assignments", "192.0.0.0", 24),
            Range.of("documentation (TEST-NET-1)", "192.0.2.0", 24),
            Range.of("6to4 relay anycast (deprecated)", "192.88.99.0", 24),
            Range.of("private", "192.168.0.0", 16),
            Range.of("benchmarking", "198.18.0.0", 15),
            Range.of("documentation (TEST-NET-2)", "198.51.100.0", 24),
            Range.of("documentation (TEST-NET-3)", "203.0.113.0", 24),
            Range.of("multicast", "224.0.0.0", 4),
            Range.of("reserved or broadcast", "240.0.0.0", 4),
            Range.of("unspecified", "::", 128),
            Range.of("loopback", "::1", 128),
            Range.of("IPv4-translated (SIIT)", "::ffff:0:0:0", 96),
            Range.of("local-use NAT64", "64:ff9b:1::", 48),
            Range.of("discard-only", "100::", 64),
            Range.of("IETF protocol assignments (Teredo, ORCHID, benchmarking)", "2001::", 23),
            Range.of("documentation", "2001:db8::", 32),
            Range.of("documentation", "3fff::", 20),
            Range.of("segment routing (SRv6)", "5f00::", 16),
            Range.of("unique local (private)", "fc00::", 7),
            Range.of("link-local", "fe80::", 10),
            Range.of("site-local", "fec0::", 10),
            Range.of("multicast", "ff00::", 8));

    private BlockedRanges() {
    }

    /** The name of the blocked range that holds {@code address}, or empty when it may be fetched from. */
    static Optional<String> match(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<String> direct = RANGES.stream().filter(r -> r.contains(bytes)).map(Range::name).findFirst();
        return direct.isPresent() ? direct : embeddedIpv4(bytes).flatMap(BlockedRanges::matchIpv4);
    }

    private static Optional<String> matchIpv4(byte[] ipv4) {
        return RANGES.stream().filter(r -> r.contains(ipv4)).map(r -> r.name() + " (embedded in IPv6)").findFirst();
    }

    /** The IPv4 address inside an IPv6 address of one of the embedding forms, if any. */
    static Optional<byte[]> embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return Optional.empty();
        }
        boolean zeroPrefix = allZero(b, 0, 10);
        boolean mapped = zeroPrefix && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeroPrefix && b[10] == 0 && b[11] == 0;
        boolean nat64 = b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return Optional.of(Arrays.copyOfRange(b, 12, 16));
        }
        boolean sixToFour = b[0] == 0x20 && b[1] == 0x02;
        return sixToFour ? Optional.of(Arrays.copyOfRange(b, 2, 6)) : Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** One CIDR range with a name for the refusal message. */
    private record Range(String name, byte[] prefix, int bits) {

        static Range of(String name, String literal, int bits) {
            try {
                return new Range(name, InetAddress.getByName(literal).getAddress(), bits);
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("not an address literal: " + literal, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            for (int bit = 0; bit < bits; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (prefix[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
