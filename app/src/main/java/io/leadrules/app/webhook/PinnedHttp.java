package io.leadrules.app.webhook;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * One HTTP/1.1 POST to the address {@link AddressPolicy} checked, with the name in {@code Host}, in the TLS server
 * name and in certificate verification: the connection cannot go anywhere the check did not see. The JDK's
 * {@code HttpClient} resolves the name again when it connects (on Java 17 there is no resolver to plug in, and
 * {@code Host} is a header it will not let a caller set), which would reopen DNS rebinding; docs/decisions/0029.
 * Redirects are answers like any other (never followed); at most 1 KB of the answer's body is read; the connect
 * timeout, and one deadline for the whole answer, bound a slow receiver.
 */
final class PinnedHttp {

    static final int BODY_KEPT = 1024;
    private static final int MAX_HEAD = 16 * 1024;

    private PinnedHttp() {
    }

    /** The receiver's status, its {@code Retry-After} if any, and the start of its body. */
    record Answer(int status, Optional<String> retryAfter, String body) {
    }

    /** @param tls the system's trust for the service; a test's own for its receiver */
    static Answer post(AddressPolicy.Target target, Map<String, String> headers, byte[] body, int connectMillis,
                       int readMillis, SSLSocketFactory tls) throws IOException {
        long deadline = System.nanoTime() + readMillis * 1_000_000L;
        try (Socket socket = connected(target, connectMillis, readMillis, tls)) {
            OutputStream out = socket.getOutputStream();
            out.write(head(target, headers, body.length).getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(new BufferedInputStream(socket.getInputStream()), deadline);
        }
    }

    private static Socket connected(AddressPolicy.Target target, int connectMillis, int readMillis,
                                    SSLSocketFactory tls) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(target.address(), target.port()), connectMillis);
            socket.setSoTimeout(readMillis);
            return target.https() ? secured(socket, target, tls) : socket;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private static Socket secured(Socket socket, AddressPolicy.Target target, SSLSocketFactory factory)
            throws IOException {
        SSLSocket tls = (SSLSocket) factory.createSocket(socket, target.host(), target.port(), true);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        if (!target.host().startsWith("[") && !target.host().matches("[0-9.]+")) {
            parameters.setServerNames(List.of(new SNIHostName(target.host())));
        }
        tls.setSSLParameters(parameters);
        tls.startHandshake();
        return tls;
    }

    private static String head(AddressPolicy.Target target, Map<String, String> headers, int length) {
        boolean defaultPort = target.port() == (target.https() ? 443 : 80);
        StringBuilder head = new StringBuilder("POST ").append(target.pathAndQuery()).append(" HTTP/1.1\r\n")
                .append("Host: ").append(target.host()).append(defaultPort ? "" : ":" + target.port()).append("\r\n")
                .append("Content-Type: application/json\r\nContent-Length: ").append(length).append("\r\n")
                .append("User-Agent: LeadRules-Webhooks\r\nConnection: close\r\n");
        headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        return head.append("\r\n").toString();
    }

    private static Answer read(InputStream in, long deadline) throws IOException {
        String statusLine = line(in, deadline);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
            throw new IOException("The receiver did not answer HTTP: " + abbreviated(statusLine));
        }
        Optional<String> retryAfter = Optional.empty();
        boolean chunked = false;
        int headBytes = statusLine.length();
        for (String header = line(in, deadline); !header.isEmpty(); header = line(in, deadline)) {
            headBytes += header.length();
            if (headBytes > MAX_HEAD) {
                throw new IOException("The receiver's answer has more than 16 KB of headers");
            }
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("retry-after:")) {
                retryAfter = Optional.of(header.substring(12).trim());
            }
            chunked |= lower.startsWith("transfer-encoding:") && lower.contains("chunked");
        }
        return new Answer(Integer.parseInt(parts[1]), retryAfter, body(in, chunked, deadline));
    }

    /** The first KB of the body; of a chunked one, of its first chunk. */
    private static String body(InputStream in, boolean chunked, long deadline) throws IOException {
        int limit = BODY_KEPT;
        if (chunked) {
            String size = line(in, deadline).split(";")[0].trim();
            limit = size.matches("[0-9a-fA-F]{1,7}") ? Math.min(limit, Integer.parseInt(size, 16)) : 0;
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        try {
            for (int b; kept.size() < limit && !late(deadline) && (b = in.read()) != -1; ) {
                kept.write(b);
            }
        } catch (SocketTimeoutException e) {
            // the status is the answer; a body that stops coming is kept as far as it came
        }
        return kept.toString(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in, long deadline) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1 || late(deadline) || line.size() > MAX_HEAD) {
                throw new IOException("The receiver's answer ended or stalled in its head");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static boolean late(long deadline) {
        return System.nanoTime() - deadline > 0;
    }

    private static String abbreviated(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
