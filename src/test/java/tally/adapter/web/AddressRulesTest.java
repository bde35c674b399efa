package tally.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Address literals only: InetAddress.getByName parses them without any lookup. */
class AddressRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "127.0.0.1        | this machine (loopback 127.0.0.0/8)",
        "127.255.0.9      | this machine (loopback 127.0.0.0/8)",
        "0.0.0.0          | 'this network' (0.0.0.0/8)",
        "10.0.0.1         | a private network (10.0.0.0/8)",
        "172.16.0.1       | a private network (172.16.0.0/12)",
        "172.31.255.254   | a private network (172.16.0.0/12)",
        "192.168.1.20     | a private network (192.168.0.0/16)",
        "100.64.0.1       | a carrier-grade NAT network (100.64.0.0/10)",
        "169.254.169.254  | a link-local address (169.254.0.0/16)",
        "224.0.0.251      | a multicast address (224.0.0.0/4)",
        "255.255.255.255  | a reserved range (240.0.0.0/4, broadcast included)",
        "::1              | this machine (loopback ::1)",
        "::               | the unspecified address (::)",
        "fe80::1          | a link-local address (fe80::/10)",
        "fd12:3456::1     | a private network (unique-local fc00::/7)",
        "ff02::1          | a multicast address (ff00::/8)",
    })
    void refusedAddressesNameTheirRange(String literal, String range) throws UnknownHostException {
        assertEquals(range, AddressRules.whyRefused(InetAddress.getByName(literal.strip())).orElse("allowed"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "2606:4700::1111",
        "192.169.0.1", "11.0.0.1"})
    void publicAddressesAreAllowed(String literal) throws UnknownHostException {
        assertEquals("allowed", AddressRules.whyRefused(InetAddress.getByName(literal)).orElse("allowed"));
    }

    @Test
    void anIpv6AddressCarryingAPrivateIpv4AddressIsJudgedByIt() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xFF;
        mapped[11] = (byte) 0xFF;
        mapped[12] = 10;
        mapped[15] = 1;
        // Built as an Inet6Address on purpose: getByName would hand back the IPv4 address itself.
        InetAddress v6 = Inet6Address.getByAddress(null, mapped, -1);
        assertTrue(AddressRules.whyRefused(v6).orElseThrow().startsWith("a private network (10.0.0.0/8), inside the IPv6"));
        assertTrue(AddressRules.whyRefused(InetAddress.getByName("::ffff:127.0.0.1")).isPresent());
        assertTrue(AddressRules.whyRefused(InetAddress.getByName("64:ff9b::192.168.0.1")).orElseThrow()
                .startsWith("a private network (192.168.0.0/16)"));
        assertTrue(AddressRules.whyRefused(InetAddress.getByName("2002:7f00:1::")).orElseThrow()
                .startsWith("this machine (loopback"));
        assertEquals("allowed", AddressRules.whyRefused(InetAddress.getByName("64:ff9b::808:808")).orElse("allowed"));
    }
}
