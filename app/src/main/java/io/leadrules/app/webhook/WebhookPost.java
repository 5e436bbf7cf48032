package io.leadrules.app.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.URIScheme;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.config.RegistryBuilder;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.Closer;
import org.apache.hc.core5.util.Timeout;

/**
 * One webhook POST through Apache HttpClient 5, to an address {@link AddressPolicy} checked for this attempt: its
 * {@link PinnedDnsResolver} is the client's only resolver, while the URL's name stays in Host, SNI and certificate
 * verification. A client per attempt, closed after it: a kept-alive connection would carry the next attempt to an
 * address that attempt did not check. No redirect followed, no retry, cookie, auth cache, compression or proxy; at
 * most {@value #BODY_KEPT} bytes of the answer read, then the connection dropped; the read timeout is also one
 * deadline for the whole answer, enforced by cancelling the request (never by interrupting the thread).
 */
final class WebhookPost {

    static final int BODY_KEPT = 1024;
    private static final String USER_AGENT = "LeadRules-Webhooks";
    private static final ContentType JSON = ContentType.create("application/json");
    private static final ManagedHttpClientConnectionFactory CONNECTIONS = ManagedHttpClientConnectionFactory.builder()
            .http1Config(Http1Config.custom().setMaxLineLength(8 * 1024).setMaxHeaderCount(100).build()).build();
    /** Its own thread, so that no busy shared pool (the common ForkJoinPool) can hold a deadline back. */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final Timeout connectTimeout;
    private final Timeout readTimeout;
    private final TlsSocketStrategy tls;

    /** @param tls the system's trust for the service (with hostname verification); a test's own for its receiver */
    WebhookPost(Duration connectTimeout, Duration readTimeout, TlsSocketStrategy tls) {
        this.connectTimeout = Timeout.of(connectTimeout);
        this.readTimeout = Timeout.of(readTimeout);
        this.tls = tls;
    }

    /** The receiver's status, its {@code Retry-After} if any, and the start of its body. */
    record Answer(int status, Optional<String> retryAfter, String body) {
    }

    Answer send(AddressPolicy.Target target, Map<String, String> headers, byte[] body) throws IOException {
        HttpPost post = request(target, headers, body);
        ScheduledFuture<?> deadline = DEADLINES.schedule(post::cancel, readTimeout.toMilliseconds(),
                TimeUnit.MILLISECONDS);
        try (CloseableHttpClient client = client(target)) {
            return answer(client, post);
        } catch (IOException e) {
            if (post.isCancelled()) {
                throw new SocketTimeoutException("No complete answer within " + readTimeout.toMilliseconds()
                        + " ms");
            }
            throw e;
        } finally {
            deadline.cancel(false);
        }
    }

    private static HttpPost request(AddressPolicy.Target target, Map<String, String> headers, byte[] body) {
        HttpPost post = new HttpPost(target.uri());
        post.setHeader(HttpHeaders.CONNECTION, "close");
        headers.forEach(post::setHeader);
        post.setEntity(new ByteArrayEntity(body, JSON));
        return post;
    }

    private CloseableHttpClient client(AddressPolicy.Target target) {
        BasicHttpClientConnectionManager connections = BasicHttpClientConnectionManager.create(
                DefaultSchemePortResolver.INSTANCE, new PinnedDnsResolver(target.host(), target.addresses()),
                RegistryBuilder.<TlsSocketStrategy>create().register(URIScheme.HTTPS.id, tls).build(), CONNECTIONS);
        connections.setSocketConfig(SocketConfig.custom().setSoTimeout(readTimeout).build());
        connections.setConnectionConfig(ConnectionConfig.custom().setConnectTimeout(connectTimeout)
                .setSocketTimeout(readTimeout).build());
        connections.setTlsConfig(TlsConfig.custom().setHandshakeTimeout(readTimeout).build());
        return HttpClients.custom().setConnectionManager(connections)
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement().disableAuthCaching()
                .disableContentCompression().disableConnectionState().setUserAgent(USER_AGENT)
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(readTimeout)
                        .setProtocolUpgradeEnabled(false).build())
                .build();
    }

    /** Reads the status, Retry-After and the start of the body, then drops the connection with the rest unread. */
    private static Answer answer(CloseableHttpClient client, HttpPost post) throws IOException {
        ClassicHttpResponse response = client.executeOpen(null, post, null);
        try {
            Optional<String> retryAfter = Optional.ofNullable(response.getFirstHeader(HttpHeaders.RETRY_AFTER))
                    .map(Header::getValue);
            return new Answer(response.getCode(), retryAfter, start(response.getEntity()));
        } finally {
            client.close(CloseMode.IMMEDIATE);
            Closer.closeQuietly(response);
        }
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor deadlines = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "webhook-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        deadlines.setRemoveOnCancelPolicy(true);
        return deadlines;
    }

    /**
     * At most {@value #BODY_KEPT} bytes; the stream is not closed, since closing it would read the body to its end.
     * A body that stops coming (timeout, deadline) is kept as far as it came: the status is the answer.
     */
    private static String start(HttpEntity entity) {
        byte[] kept = new byte[BODY_KEPT];
        int length = 0;
        try {
            InputStream in = entity == null ? InputStream.nullInputStream() : entity.getContent();
            int read;
            while (length < BODY_KEPT && (read = in.read(kept, length, BODY_KEPT - length)) != -1) {
                length += read;
            }
        } catch (IOException e) {
            // the status is the answer
        }
        return new String(kept, 0, length, StandardCharsets.UTF_8);
    }
}
