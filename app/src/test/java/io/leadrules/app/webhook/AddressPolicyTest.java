package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Server-side request forgery, written as attacks before the checks: a subscriber URL must not turn the service
 * against its own network. The resolver is stubbed: no test looks a name up or reaches a private range.
 */
class AddressPolicyTest {

    private final StubResolver resolver = new StubResolver();
    private final AddressPolicy policy = new AddressPolicy(WebhookSettings.defaults(), resolver);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.9.9.9/hook", "https://10.0.0.5/hook",
            "https://172.16.0.1/hook", "https://172.31.255.254/hook", "https://192.168.1.1/hook",
            "https://169.254.169.254/latest/meta-data/", "https://0.0.0.0/hook", "https://100.64.0.1/hook",
            "https://100.127.255.254/hook", "https://224.0.0.1/hook", "https://255.255.255.255/hook",
            "https://240.0.0.1/hook", "https://198.18.0.1/hook", "https://[::1]/hook", "https://[::]/hook",
            "https://[fe80::1]/hook", "https://[fc00::1]/hook", "https://[fd12:3456::1]/hook", "https://[ff02::1]/hook",
            "https://[::ffff:127.0.0.1]/hook", "https://[::ffff:a9fe:a9fe]/hook", "https://[::ffff:10.0.0.1]/hook",
            "https://[64:ff9b::a9fe:a9fe]/hook", "https://[2002:7f00:1::]/hook", "https://[::127.0.0.1]/hook",
            "https://[::ffff:0:7f00:1]/hook", "https://[64:ff9b:1::a9fe:a9fe]/hook", "https://[::ffff:0.0.0.0]/hook",
            "https://[FE80::1]/hook", "https://[2001:0:4136:e378::1]/hook"})
    void anInternalAddressIsRefused(String url) {
        assertThatThrownBy(() -> policy.target(URI.create(url))).isInstanceOf(AddressRefused.class)
                .hasMessageContaining("not allowed");
    }

    /** A zone id (URL-encoded or not) either fails to parse as a URL or names a link-local address: never sent. */
    @ParameterizedTest
    @ValueSource(strings = {"https://[fe80::1%25eth0]/hook", "https://[fe80::1%eth0]/hook", "https://[fe80::1%251]/hook"})
    void aLinkLocalAddressWithAZoneIdIsNeverATarget(String url) {
        assertThat(catchThrowable(() -> policy.target(URI.create(url))))
                .isInstanceOfAny(AddressRefused.class, IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTPS://user@hooks.example.com/in", "https://hooks.example.com@127.0.0.1/in",
            "https://hooks.example.com%40127.0.0.1/in", "HTTP://hooks.example.com/in", "FILE:///etc/passwd"})
    void userInfoTricksAndUpperCaseSchemesAreRefused(String url) {
        resolver.add("hooks.example.com", "203.0.113.10");
        assertThat(catchThrowable(() -> policy.target(URI.create(url))))
                .isInstanceOfAny(AddressRefused.class, IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.example.com/in", "ftp://hooks.example.com/in", "file:///etc/passwd",
            "gopher://hooks.example.com/", "jar:https://hooks.example.com/a.jar!/", "//hooks.example.com/in",
            "https:///in", "https://user:secret@hooks.example.com/in", "https://hooks.example.com/in#part"})
    void aUrlThatIsNotPlainHttpsIsRefused(String url) {
        resolver.add("hooks.example.com", "203.0.113.10");
        assertThatThrownBy(() -> policy.target(URI.create(url))).isInstanceOf(AddressRefused.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://2130706433/hook", "https://0x7f000001/hook", "https://127.1/hook",
            "https://017700000001/hook", "https://0177.0.0.1/hook"})
    void aNumericHostInAnotherNotationIsRefused(String url) {
        assertThatThrownBy(() -> policy.target(URI.create(url))).isInstanceOf(AddressRefused.class);
        assertThat(resolver.asked).isEmpty();
    }

    @Test
    void aNameThatResolvesToAnInternalAddressIsRefused() {
        resolver.add("metadata.attacker.example", "169.254.169.254");

        assertThatThrownBy(() -> policy.target(URI.create("https://metadata.attacker.example/x")))
                .isInstanceOf(AddressRefused.class).hasMessageContaining("169.254.169.254");
    }

    @Test
    void aNameWithOnePublicAndOneInternalAddressIsRefused() {
        resolver.add("mixed.attacker.example", "203.0.113.7", "10.1.2.3");

        assertThatThrownBy(() -> policy.target(URI.create("https://mixed.attacker.example/x")))
                .isInstanceOf(AddressRefused.class).hasMessageContaining("10.1.2.3");
    }

    @Test
    void aNameThatRebindsToAnInternalAddressAfterTheFirstCheckIsRefusedAtTheNextResolution() {
        resolver.add("rebind.attacker.example", "203.0.113.8");
        assertThat(policy.target(URI.create("https://rebind.attacker.example/x")).addresses())
                .extracting(InetAddress::getHostAddress).containsExactly("203.0.113.8");

        resolver.add("rebind.attacker.example", "127.0.0.1");

        assertThatThrownBy(() -> policy.target(URI.create("https://rebind.attacker.example/x")))
                .isInstanceOf(AddressRefused.class);
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        assertThatThrownBy(() -> policy.target(URI.create("https://nowhere.example/x")))
                .isInstanceOf(AddressRefused.class).hasMessageContaining("nowhere.example");
    }

    @Test
    void aPublicHttpsReceiverIsPinnedToTheAddressThatWasChecked() {
        resolver.add("hooks.example.com", "203.0.113.10");

        AddressPolicy.Target target = policy.target(URI.create("https://hooks.example.com:8443/in?x=1"));

        assertThat(target.addresses()).extracting(InetAddress::getHostAddress).containsExactly("203.0.113.10");
        assertThat(target.host()).isEqualTo("hooks.example.com");
        assertThat(target.port()).isEqualTo(8443);
        assertThat(target.https()).isTrue();
        assertThat(target.pathAndQuery()).isEqualTo("/in?x=1");
    }

    @Test
    void everyAddressOfTheNameIsCheckedAndCarriedAsTheOnlyOnesToConnectTo() {
        resolver.add("twice.example.com", "203.0.113.20", "198.51.100.20");

        AddressPolicy.Target target = policy.target(URI.create("https://twice.example.com/in"));

        assertThat(target.addresses()).extracting(InetAddress::getHostAddress)
                .containsExactly("203.0.113.20", "198.51.100.20");
        assertThat(target.uri()).isEqualTo(URI.create("https://twice.example.com/in"));
    }

    @Test
    void loopbackAndPlainHttpPassOnlyWhenBothAreConfigured() {
        WebhookSettings open = new WebhookSettings(true, true, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        AddressPolicy allowing = new AddressPolicy(open, resolver);

        AddressPolicy.Target target = allowing.target(URI.create("http://127.0.0.1:8080/in"));

        assertThat(target.https()).isFalse();
        assertThat(target.port()).isEqualTo(8080);
        assertThatThrownBy(() -> allowing.target(URI.create("ftp://127.0.0.1/in")))
                .isInstanceOf(AddressRefused.class);
    }

    /** Names and their addresses, made without any lookup; what was asked, so a test can see nothing was. */
    static final class StubResolver implements HostResolver {

        private final Map<String, List<InetAddress>> names = new HashMap<>();
        final List<String> asked = new java.util.ArrayList<>();

        void add(String name, String... addresses) {
            names.put(name, java.util.Arrays.stream(addresses).map(address -> literal(name, address)).toList());
        }

        @Override
        public List<InetAddress> resolve(String host) throws UnknownHostException {
            asked.add(host);
            List<InetAddress> found = names.get(host);
            if (found == null) {
                throw new UnknownHostException(host);
            }
            return found;
        }

        private static InetAddress literal(String name, String address) {
            try {
                String[] parts = address.split("\\.");
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    bytes[i] = (byte) Integer.parseInt(parts[i]);
                }
                return InetAddress.getByAddress(name, bytes);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(address, e);
            }
        }
    }
}
