package io.leadrules.app.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Whether the service may call a subscriber URL, and at which address. Checked when a subscription is saved and again
 * before every delivery, after the name is resolved: the delivery then connects only to the addresses that were
 * checked ({@link Target#addresses()}, through {@link PinnedDnsResolver}), so a name that answers a public address to
 * the check and an internal one to the connection (DNS rebinding) reaches nothing. HTTPS only and no internal address
 * unless configured.
 */
@Component
class AddressPolicy {

    private static final Pattern DOTTED_QUAD = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern NUMERIC_LAST_LABEL = Pattern.compile("(^|.*\\.)(\\d+|0x[0-9a-f]*)\\.?$");

    private final WebhookSettings settings;
    private final HostResolver resolver;

    AddressPolicy(WebhookSettings settings, HostResolver resolver) {
        this.settings = settings;
        this.resolver = resolver;
    }

    /**
     * Where a delivery goes: the name (for Host, SNI and certificate verification), every address the name had when
     * it was checked (the only ones it may connect to, in the resolver's order), the request target.
     */
    record Target(String host, int port, boolean https, List<InetAddress> addresses, String pathAndQuery) {

        Target {
            addresses = List.copyOf(addresses);
        }

        /** The URL the request names: the host as written, the port only when it is not the scheme's own. */
        URI uri() {
            boolean defaultPort = port == (https ? 443 : 80);
            return URI.create((https ? "https://" : "http://") + host + (defaultPort ? "" : ":" + port) + pathAndQuery);
        }
    }

    /** The URL's target, resolved and checked; {@link AddressRefused} saying why when it may not be called. */
    Target target(URI url) {
        boolean https = checkedScheme(url);
        String host = checkedHost(url);
        List<InetAddress> addresses = checkedAddresses(host);
        int port = url.getPort() == -1 ? (https ? 443 : 80) : url.getPort();
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        String query = url.getRawQuery() == null ? "" : "?" + url.getRawQuery();
        return new Target(host, port, https, addresses, path + query);
    }

    private boolean checkedScheme(URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http") && settings.allowHttp()) {
            return scheme.equals("https");
        }
        throw new AddressRefused("The URL must be an absolute https:// URL" + (settings.allowHttp() ? " or http://"
                : "") + "; its scheme is " + (scheme.isEmpty() ? "missing" : scheme) + ".");
    }

    private static String checkedHost(URI url) {
        if (url.isOpaque() || url.getHost() == null) {
            throw new AddressRefused("The URL names no host the service can call.");
        }
        if (url.getRawUserInfo() != null || url.getRawFragment() != null) {
            throw new AddressRefused("The URL may hold neither credentials (user@) nor a fragment (#).");
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") || DOTTED_QUAD.matcher(host).matches()) {
            return host;
        }
        if (NUMERIC_LAST_LABEL.matcher(host).matches()) {
            throw new AddressRefused("The host " + host + " is a number in another notation than a.b.c.d: write the "
                    + "address as four decimal numbers, or use a name.");
        }
        return host;
    }

    private List<InetAddress> checkedAddresses(String host) {
        List<InetAddress> addresses = resolved(host);
        if (!settings.allowPrivateAddresses()) {
            addresses.stream().filter(InternalAddresses::contains).findFirst().ifPresent(internal -> {
                throw new AddressRefused("The host " + host + " has the address " + internal.getHostAddress()
                        + ", which is not allowed: receivers must be on public addresses.");
            });
        }
        return addresses;
    }

    private List<InetAddress> resolved(String host) {
        try {
            if (host.startsWith("[")) {
                return List.of(InetAddress.getByName(host.substring(1, host.length() - 1)));
            }
            List<InetAddress> addresses = DOTTED_QUAD.matcher(host).matches()
                    ? List.of(InetAddress.getByName(host)) : resolver.resolve(host);
            if (addresses.isEmpty()) {
                throw new UnknownHostException(host);
            }
            return addresses;
        } catch (UnknownHostException e) {
            throw new AddressRefused("The host " + host + " does not resolve to any address.");
        }
    }
}
