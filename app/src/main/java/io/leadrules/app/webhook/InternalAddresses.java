package io.leadrules.app.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * The address ranges a receiver may not be on unless private addresses are allowed: "this network", private,
 * loopback, link-local, CGNAT, benchmarking, multicast, reserved and broadcast IPv4; unspecified, loopback,
 * IPv4-mapped, -translated (RFC 2765) and -compatible, NAT64 (the well-known and the local-use prefix of RFC 8215),
 * 6to4, Teredo, unique-local, link- and site-local and multicast IPv6. The
 * IPv6 forms that carry an IPv4 address are refused whole: what they reach depends on the network between.
 */
final class InternalAddresses {

    private static final List<Range> RANGES = Arrays.stream(new String[] {"0.0.0.0/8", "10.0.0.0/8",
            "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "224.0.0.0/4", "240.0.0.0/4", "::/96", "::ffff:0:0/96", "::ffff:0:0:0/96",
            "64:ff9b::/96", "64:ff9b:1::/48", "100::/64",
            "2001::/32", "2002::/16", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8"}).map(Range::parse).toList();

    private InternalAddresses() {
    }

    static boolean contains(InetAddress address) {
        return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()
                || RANGES.stream().anyMatch(range -> range.contains(address.getAddress()));
    }

    private record Range(byte[] network, int prefix) {

        static Range parse(String cidr) {
            String[] parts = cidr.split("/");
            try {
                return new Range(bytes(parts[0]), Integer.parseInt(parts[1]));
            } catch (UnknownHostException e) {
                throw new IllegalStateException(cidr, e);
            }
        }

        /** Java turns {@code ::ffff:a.b.c.d} into an IPv4 address: the mapped range is written out instead. */
        private static byte[] bytes(String network) throws UnknownHostException {
            if (network.equals("::ffff:0:0")) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                return mapped;
            }
            return InetAddress.getByName(network).getAddress();
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >>> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
