package io.leadrules.app.cluster;

import io.leadrules.app.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.h2.tools.Server;

/**
 * A database that several instances of the service share, as a deployment of N instances shares one: on the tests'
 * default, an H2 in-memory database served over TCP by this JVM (so that separate processes reach it too); with the
 * PostgreSQL switch on ({@link TestDatabase}), the PostgreSQL database standing for that name. The same name gives the
 * same database for the whole run.
 */
public final class SharedDatabase {

    private static final Map<String, SharedDatabase> NAMED = new HashMap<>();
    private static Server h2Server;

    private final String url;
    private final String username;
    private final String password;
    private final Path keys;

    private SharedDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
        try {
            this.keys = Files.createTempDirectory("leadrules-shared-keys");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The database named {@code name} ([a-z0-9-]), created empty on first use in this JVM. */
    public static synchronized SharedDatabase named(String name) {
        return NAMED.computeIfAbsent(name, SharedDatabase::create);
    }

    private static SharedDatabase create(String name) {
        String h2Url = "jdbc:h2:tcp://localhost:" + h2Port() + "/mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
        if (TestDatabase.onPostgres()) {
            return new SharedDatabase(TestDatabase.postgresUrlFor(h2Url), TestDatabase.postgresUsername(),
                    TestDatabase.postgresPassword());
        }
        return new SharedDatabase(h2Url, "sa", "");
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    /**
     * The command-line arguments that point an instance (in this JVM or a process of its own) at this database, with
     * the keys every instance on it shares (system.SharedKeys): the first instance creates them in one directory, as
     * an operator gives every instance one mounted copy.
     */
    public List<String> arguments() {
        return List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + username,
                "--spring.datasource.password=" + password,
                "--leadrules.audit.key-file=" + keys.resolve("audit.key"),
                "--leadrules.idempotency.key-file=" + keys.resolve("idempotency.key"),
                "--leadrules.webhooks.secret-key-file=" + keys.resolve("webhook-secrets.key"));
    }

    private static int h2Port() {
        if (TestDatabase.onPostgres()) {
            return 0;
        }
        if (h2Server == null) {
            try {
                // loopback only (no -tcpAllowOthers); -ifNotExists lets an instance create its in-memory database
                h2Server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot start the H2 TCP server the instances share", e);
            }
        }
        return h2Server.getPort();
    }
}
