package io.leadrules.app.ruleset;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * This start of the service among those sharing the database: a random id per start (a restarted instance is a new
 * one; its old row ages out), the host, the HTTP port once the server listens, the start instant. Public for the
 * features that record which instance owns a local piece of work (a lead import's upload on this instance's disk).
 */
@Component
public class ThisInstance {

    private final String id = UUID.randomUUID().toString();
    private final String host = hostName();
    private final Instant startedAt = Clock.systemUTC().instant();
    private volatile int port;

    public String id() {
        return id;
    }

    String host() {
        return host;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** The HTTP port, 0 until the web server has started. */
    int port() {
        return port;
    }

    @EventListener
    void on(WebServerInitializedEvent started) {
        port = started.getWebServer().getPort();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
