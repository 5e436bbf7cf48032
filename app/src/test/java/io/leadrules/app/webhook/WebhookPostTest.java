package io.leadrules.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery's HttpClient, pinned to the checked addresses, over TLS: it goes to the checked address (loopback here)
 * while the name is what the server sees (Host, SNI) and what its certificate must prove; a certificate for another
 * name is refused, even at the same address. The certificate is made by keytool for a name that resolves nowhere: a
 * lookup would fail, so a request that arrives shows that none happened. A receiver cannot make the client read more
 * than a kilobyte of its answer, nor hold it past the deadline.
 */
class WebhookPostTest {

    private static final String NAME = "hooks.example.test";
    private static final String PASSWORD = "changeit";
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;
    private HttpsServer server;
    private SSLContext trusting;
    private final List<String> hosts = new CopyOnWriteArrayList<>();
    private final List<String> serverNames = new CopyOnWriteArrayList<>();
    private final List<String> userAgents = new CopyOnWriteArrayList<>();

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
                List.of(LOOPBACK), "/in?x=1");

        WebhookPost.Answer answer = post(5).send(target, Map.of("webhook-id", "evt-1"),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).isEqualTo(202);
        assertThat(answer.retryAfter()).contains("30");
        assertThat(answer.body()).isEqualTo("queued");
        assertThat(hosts).containsExactly(NAME + ":" + server.getAddress().getPort());
        assertThat(serverNames).containsExactly(NAME);
        assertThat(userAgents).containsExactly("LeadRules-Webhooks");
    }

    @Test
    void aCertificateForAnotherNameIsRefusedAtTheSameAddress() {
        AddressPolicy.Target target = new AddressPolicy.Target("other.example.test", server.getAddress().getPort(),
                true, List.of(LOOPBACK), "/in");

        assertThatThrownBy(() -> post(5).send(target, Map.of(), new byte[0])).isInstanceOf(SSLException.class);
        assertThat(hosts).isEmpty();
    }

    @Test
    void aRedirectIsAnAnswerAndIsNotFollowed() throws Exception {
        try (Receiver elsewhere = new Receiver(); Receiver redirecting = new Receiver()) {
            redirecting.answerNext(307, Map.of("Location", elsewhere.url()), "");
            AddressPolicy.Target target = new AddressPolicy.Target("127.0.0.1", redirecting.port(), false,
                    List.of(LOOPBACK), "/hooks/leadrules");

            WebhookPost.Answer answer = post(5).send(target, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(307);
            assertThat(redirecting.received).hasSize(1);
            assertThat(elsewhere.received).isEmpty();
        }
    }

    @Test
    void aNameWhoseAnswerChangesAfterTheCheckIsNotLookedUpAgainToConnect() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        HostResolver rebinding = host -> {
            asked.add(host);
            return List.of(InetAddress.getByAddress(host, asked.size() == 1 ? new byte[] {127, 0, 0, 1}
                    : new byte[] {(byte) 192, 0, 2, 1}));
        };
        AddressPolicy policy = new AddressPolicy(new WebhookSettings(true, true, null, null, null, null, null, null,
                null, null, null, null, null, null, null), rebinding);
        try (Receiver receiver = new Receiver()) {
            AddressPolicy.Target target = policy.target(URI.create("http://rebind.example.test:" + receiver.port()
                    + "/hooks/leadrules"));

            WebhookPost.Answer answer = post(5).send(target, Map.of("webhook-id", "evt-2"), new byte[0]);

            assertThat(answer.status()).isEqualTo(204);
            assertThat(receiver.received).extracting(Receiver.Received::id).containsExactly("evt-2");
            assertThat(asked).containsExactly("rebind.example.test");
        }
    }

    @Test
    void thePinnedResolverAnswersTheCheckedNameWithTheCheckedAddressesAndNoOtherName() throws Exception {
        InetAddress v6 = InetAddress.getByName("::1");
        PinnedDnsResolver resolver = new PinnedDnsResolver("[::1]", List.of(v6));

        assertThat(resolver.resolve("::1")).containsExactly(v6);
        assertThat(new PinnedDnsResolver(NAME, List.of(LOOPBACK)).resolve("HOOKS.example.test"))
                .containsExactly(LOOPBACK);
        assertThatThrownBy(() -> resolver.resolve("localhost")).isInstanceOf(UnknownHostException.class);
        assertThatThrownBy(() -> resolver.resolveCanonicalHostname("metadata.internal"))
                .isInstanceOf(UnknownHostException.class);
    }

    @Test
    void aLongBodyIsNotReadToItsEnd() throws Exception {
        long announced = 256L * 1024 * 1024;
        try (ServerSocket listening = new ServerSocket(0, 1, LOOPBACK)) {
            CompletableFuture<Long> written = CompletableFuture.supplyAsync(
                    () -> answerSlowlyOrFast(listening, announced, 0));
            AddressPolicy.Target target = new AddressPolicy.Target("127.0.0.1", listening.getLocalPort(), false,
                    List.of(LOOPBACK), "/in");

            WebhookPost.Answer answer = post(120).send(target, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).hasSize(WebhookPost.BODY_KEPT);
            assertThat(written.get(2, TimeUnit.MINUTES)).isLessThan(announced);
        }
    }

    @Test
    void aBodyThatTricklesIsCutAtTheDeadlineWithTheStatusKept() throws Exception {
        try (ServerSocket listening = new ServerSocket(0, 1, LOOPBACK)) {
            CompletableFuture<Long> written = CompletableFuture.supplyAsync(
                    () -> answerSlowlyOrFast(listening, 4096, 50));
            AddressPolicy.Target target = new AddressPolicy.Target("127.0.0.1", listening.getLocalPort(), false,
                    List.of(LOOPBACK), "/in");

            WebhookPost.Answer answer = post(1).send(target, Map.of(), "{}".getBytes(StandardCharsets.UTF_8));

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body().length()).isLessThan(WebhookPost.BODY_KEPT);
            assertThat(written.get(2, TimeUnit.MINUTES)).isLessThan(4096);
        }
    }

    private WebhookPost post(int deadlineSeconds) {
        return new WebhookPost(Duration.ofSeconds(2), Duration.ofSeconds(deadlineSeconds),
                new DefaultClientTlsStrategy(trusting));
    }

    /**
     * Accepts one request and answers 200 with a body of {@code length} bytes, one byte per {@code pauseMillis} or
     * (0) as fast as the client takes them; how many bytes it wrote before the client went away.
     */
    private static long answerSlowlyOrFast(ServerSocket listening, long length, long pauseMillis) {
        try (Socket socket = listening.accept()) {
            skipRequest(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[pauseMillis == 0 ? 64 * 1024 : 1];
            Arrays.fill(chunk, (byte) 'a');
            return written(out, chunk, length, pauseMillis);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long written(OutputStream out, byte[] chunk, long length, long pauseMillis) {
        long written = 0;
        try {
            for (; written < length; written += chunk.length) {
                out.write(chunk);
                out.flush();
                Thread.sleep(pauseMillis);
            }
            return written;
        } catch (IOException e) {
            return written;
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request's head and its two-byte body. */
    private static void skipRequest(InputStream in) throws IOException {
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("The request ended in its head");
            }
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        in.readNBytes(2);
    }

    private HttpsServer receiver(KeyStore keys) throws Exception {
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(keyManagers.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls) {
            @Override
            public void configure(HttpsParameters parameters) {
                SSLParameters recording = tls.getDefaultSSLParameters();
                recording.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                    @Override
                    public boolean matches(SNIServerName name) {
                        serverNames.add(new SNIHostName(name.getEncoded()).getAsciiName());
                        return true;
                    }
                }));
                parameters.setSSLParameters(recording);
            }
        });
        https.createContext("/", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            userAgents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
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
