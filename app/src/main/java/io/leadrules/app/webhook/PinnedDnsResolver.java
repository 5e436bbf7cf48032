package io.leadrules.app.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only name resolution HttpClient gets for one delivery attempt: the host {@link AddressPolicy} checked answers
 * exactly the addresses it checked, and any other name nothing. HttpClient connects to what its {@code DnsResolver}
 * answers and keeps the name for Host, SNI and certificate verification, so a name whose DNS answer changes between
 * the check and the connection (DNS rebinding) is never looked up a second time; docs/decisions/0029.
 */
final class PinnedDnsResolver implements DnsResolver {

    private final String host;
    private final List<InetAddress> addresses;

    PinnedDnsResolver(String host, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            throw new IllegalArgumentException("A pinned host needs at least one checked address");
        }
        this.host = bare(host);
        this.addresses = List.copyOf(addresses);
    }

    @Override
    public InetAddress[] resolve(String name) throws UnknownHostException {
        if (!bare(name).equals(host)) {
            throw new UnknownHostException(name + " is not the host checked for this attempt");
        }
        return addresses.toArray(InetAddress[]::new);
    }

    /** The checked name itself: no reverse lookup, which would be one more answer nobody checked. */
    @Override
    public String resolveCanonicalHostname(String name) throws UnknownHostException {
        resolve(name);
        return host;
    }

    /** The name as compared: lower case, an IPv6 literal without its brackets (URIs keep them, HttpClient not). */
    private static String bare(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }
}
