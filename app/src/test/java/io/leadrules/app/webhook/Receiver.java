package io.leadrules.app.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on loopback (the JDK's HttpServer): keeps every request it gets and answers each with the next
 * scripted answer, 204 when none is left. It can be stopped (a receiver that is down) and started again on its port.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Received(String id, String timestamp, String signature, String body) {
    }

    record Scripted(int status, Map<String, String> headers, String body) {
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Scripted> script = new ArrayDeque<>();
    private HttpServer server;
    private int port;

    Receiver() {
        start(0);
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks/leadrules";
    }

    synchronized void answerNext(int status, Map<String, String> headers, String body) {
        script.add(new Scripted(status, headers, body));
    }

    void stop() {
        server.stop(0);
    }

    void start() {
        start(port);
    }

    private void start(int wanted) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), wanted), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        port = server.getAddress().getPort();
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), body));
            Scripted answer = next();
            answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                exchange.getResponseBody().write(bytes);
            }
            exchange.close();
        });
        server.start();
    }

    private synchronized Scripted next() {
        Scripted next = script.poll();
        return next == null ? new Scripted(204, Map.of(), "") : next;
    }

    @Override
    public void close() {
        stop();
    }
}
