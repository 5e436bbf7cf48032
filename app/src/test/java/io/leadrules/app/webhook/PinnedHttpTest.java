package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pinned request over TLS: it goes to the checked address (loopback here) while the name is what the server sees
 * (Host, SNI) and what its certificate must prove; a certificate for another name is refused, even at the same
 * address. The certificate is made by keytool for a name that resolves nowhere: no lookup happens.
 */
class PinnedHttpTest {

    private static final String NAME = "hooks.example.test";
    private static final String PASSWORD = "changeit";

    @TempDir
    Path dir;
    private HttpsServer server;
    private SSLContext trusting;
    private final List<String> hosts = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        Path store = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + NAME,
                "-ext", "SAN=dns:" + NAME, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", PASSWORD, "-keypass", PASSWORD).inheritIO().start();
        assertThat(keytool.waitFor()).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, PASSWORD.toCharArray());
        }
        server = receiver(keys);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keys);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, trust.getTrustManagers(), null);
    }

    @AfterEach
    void tearDown() {
        server.stop(0);
    }

    @Test
    void theRequestGoesToTheCheckedAddressWithTheNameInHostAndTls() throws Exception {
        AddressPolicy.Target target = new AddressPolicy.Target(NAME, server.getAddress().getPort(), true,
                InetAddress.getLoopbackAddress(), "/in?x=1");

        PinnedHttp.Answer answer = PinnedHttp.post(target, Map.of("webhook-id", "evt-1"),
                "{}".getBytes(StandardCharsets.UTF_8), 2000, 5000, trusting.getSocketFactory());

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.retryAfter()).contains("30");
        assertThat(answer.body()).isEqualTo("queued");
        assertThat(hosts).containsExactly(NAME + ":" + server.getAddress().getPort());
    }

    @Test
    void aCertificateForAnotherNameIsRefusedAtTheSameAddress() {
        AddressPolicy.Target target = new AddressPolicy.Target("other.example.test", server.getAddress().getPort(),
                true, InetAddress.getLoopbackAddress(), "/in");

        assertThatThrownBy(() -> PinnedHttp.post(target, Map.of(), new byte[0], 2000, 5000,
                trusting.getSocketFactory())).isInstanceOf(SSLHandshakeException.class);
        assertThat(hosts).isEmpty();
    }

    @Test
    void aRedirectIsAnAnswerAndIsNotFollowed() throws Exception {
        try (Receiver elsewhere = new Receiver(); Receiver redirecting = new Receiver()) {
            redirecting.answerNext(307, Map.of("Location", elsewhere.url()), "");
            AddressPolicy.Target target = new AddressPolicy.Target("127.0.0.1", redirecting.port(), false,
                    InetAddress.getLoopbackAddress(), "/hooks/leadrules");

            PinnedHttp.Answer answer = PinnedHttp.post(target, Map.of(), "{}".getBytes(StandardCharsets.UTF_8), 2000,
                    5000, trusting.getSocketFactory());

            assertThat(answer.status()).isEqualTo(307);
            assertThat(redirecting.received).hasSize(1);
            assertThat(elsewhere.received).isEmpty();
        }
    }

    private HttpsServer receiver(KeyStore keys) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        https.createContext("/", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Retry-After", "30");
            byte[] body = "queued".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        https.start();
        return https;
    }
}
