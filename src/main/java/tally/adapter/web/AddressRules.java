package tally.adapter.web;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses a link may lead to: public unicast only. Refused, with the range named: this machine (loopback,
 * "this network"), private networks (RFC 1918, carrier-grade NAT, IPv6 unique-local and site-local), link-local
 * (including cloud metadata services at 169.254.169.254), multicast and broadcast, and ranges reserved for
 * documentation, benchmarking or future use. An IPv6 address that carries an IPv4 one (IPv4-mapped, IPv4-compatible,
 * NAT64, 6to4) is judged by the IPv4 address it carries. Ranges from the IANA special-purpose registries.
 */
final class AddressRules {

    private record Range(byte[] prefix, int bits, String name) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Range> V4 = List.of(
            range("0.0.0.0", 8, "'this network' (0.0.0.0/8)"),
            range("10.0.0.0", 8, "a private network (10.0.0.0/8)"),
            range("100.64.0.0", 10, "a carrier-grade NAT network (100.64.0.0/10)"),
            range("127.0.0.0", 8, "this machine (loopback 127.0.0.0/8)"),
            range("169.254.0.0", 16, "a link-local address (169.254.0.0/16)"),
            range("172.16.0.0", 12, "a private network (172.16.0.0/12)"),
            range("192.0.0.0", 24, "an IETF protocol range (192.0.0.0/24)"),
            range("192.0.2.0", 24, "a documentation range (192.0.2.0/24)"),
            range("192.88.99.0", 24, "the 6to4 relay range (192.88.99.0/24)"),
            range("192.168.0.0", 16, "a private network (192.168.0.0/16)"),
            range("198.18.0.0", 15, "a benchmarking range (198.18.0.0/15)"),
            range("198.51.100.0", 24, "a documentation range (198.51.100.0/24)"),
            range("203.0.113.0", 24, "a documentation range (203.0.113.0/24)"),
            range("224.0.0.0", 4, "a multicast address (224.0.0.0/4)"),
            range("240.0.0.0", 4, "a reserved range (240.0.0.0/4, broadcast included)"));

    private static final List<Range> V6 = List.of(
            range("::", 128, "the unspecified address (::)"),
            range("::1", 128, "this machine (loopback ::1)"),
            range("100::", 64, "a discard range (100::/64)"),
            range("2001:db8::", 32, "a documentation range (2001:db8::/32)"),
            range("2001::", 23, "an IETF protocol range (2001::/23)"),
            range("fc00::", 7, "a private network (unique-local fc00::/7)"),
            range("fe80::", 10, "a link-local address (fe80::/10)"),
            range("fec0::", 10, "a private network (site-local fec0::/10)"),
            range("ff00::", 8, "a multicast address (ff00::/8)"));

    private AddressRules() {
    }

    /** Why the address may not be fetched from, or empty when it is public. */
    static Optional<String> whyRefused(InetAddress address) {
        byte[] raw = address.getAddress();
        if (address instanceof Inet6Address) {
            byte[] carried = carriedIpv4(raw);
            if (carried != null) {
                return check(V4, carried).map(why -> why + ", inside the IPv6 address " + address.getHostAddress());
            }
            return check(V6, raw);
        }
        return address instanceof Inet4Address ? check(V4, raw) : Optional.of("an address of an unknown kind");
    }

    private static Optional<String> check(List<Range> ranges, byte[] raw) {
        return ranges.stream().filter(r -> r.contains(raw)).map(Range::name).findFirst();
    }

    /**
     * The IPv4 address inside an IPv6 one: ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible, deprecated),
     * 64:ff9b::a.b.c.d (NAT64), 2002:AABB:CCDD:: (6to4); null for any other IPv6 address.
     */
    private static byte @org.jspecify.annotations.Nullable [] carriedIpv4(byte[] a) {
        boolean zeros80 = allZero(a, 0, 10);
        if (zeros80 && (a[10] & 0xFF) == 0xFF && (a[11] & 0xFF) == 0xFF) {
            return slice(a, 12);
        }
        if (zeros80 && a[10] == 0 && a[11] == 0 && !allZero(a, 12, 16) && !(allZero(a, 12, 15) && a[15] == 1)) {
            return slice(a, 12);
        }
        if ((a[0] & 0xFF) == 0x00 && (a[1] & 0xFF) == 0x64 && (a[2] & 0xFF) == 0xFF && (a[3] & 0xFF) == 0x9B
                && allZero(a, 4, 12)) {
            return slice(a, 12);
        }
        if ((a[0] & 0xFF) == 0x20 && (a[1] & 0xFF) == 0x02) {
            return new byte[] {a[2], a[3], a[4], a[5]};
        }
        return null;
    }

    private static boolean allZero(byte[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] a, int from) {
        return new byte[] {a[from], a[from + 1], a[from + 2], a[from + 3]};
    }

    private static Range range(String literal, int bits, String name) {
        try {
            // Literals only: getByName does not resolve them, it parses.
            byte[] raw = InetAddress.getByName(literal).getAddress();
            if (literal.contains(":") && raw.length == 4) {
                throw new IllegalStateException("an IPv6 range written as IPv4: " + literal);
            }
            return new Range(raw, bits, name);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("not an address literal: " + literal, e);
        }
    }
}
