package io.leadrules.app;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Which database the tests run on. By default the H2 databases each test context names ({@code jdbc:h2:mem:NAME} or an
 * H2 file). When the system property {@value #URL_PROPERTY} names a PostgreSQL server's database (the Maven profile
 * {@code postgres-tests} sets it), every such H2 database stands for a PostgreSQL database of its own on that server,
 * {@code leadrules_test_NAME}, dropped and created afresh the first time this JVM asks for it: contexts that share an
 * H2 name share a database, exactly as they share H2's in-memory one, and a restarted service finds its data again.
 */
public final class TestDatabase {

    /** The switch: a JDBC URL of a PostgreSQL database the tests may create and drop databases from. */
    public static final String URL_PROPERTY = "leadrules.test.database-url";
    private static final Set<String> FRESH = new HashSet<>();

    private TestDatabase() {
    }

    /** Whether this run's tests run on PostgreSQL. */
    public static boolean onPostgres() {
        return !server().isBlank();
    }

    /** A data source for the H2 URL a test names, or for the PostgreSQL database standing for it. */
    public static DataSource dataSource(String h2Url) {
        return onPostgres() ? new DriverManagerDataSource(postgresUrl(h2Url), username(), password())
                : new DriverManagerDataSource(h2Url, "sa", "");
    }

    /**
     * The URL of the PostgreSQL database standing for an H2 URL, that database fresh from this JVM's first call
     * (synchronized: a second caller must not get the URL before the first has created the database).
     */
    static synchronized String postgresUrl(String h2Url) {
        String database = "leadrules_test_" + nameOf(h2Url);
        if (FRESH.add(database)) {
            recreate(database);
        }
        String server = server();
        int query = server.indexOf('?');
        String path = query < 0 ? server : server.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + database + (query < 0 ? "" : server.substring(query));
    }

    /** {@link #postgresUrl} for tests outside this package (the shared database of several instances). */
    public static String postgresUrlFor(String h2Url) {
        return postgresUrl(h2Url);
    }

    public static String postgresUsername() {
        return username();
    }

    public static String postgresPassword() {
        return password();
    }

    static String username() {
        return System.getProperty("leadrules.test.database-username", "postgres");
    }

    static String password() {
        return System.getProperty("leadrules.test.database-password", "");
    }

    private static String server() {
        return System.getProperty(URL_PROPERTY, "").trim();
    }

    /** {@code jdbc:h2:mem:NAME;...} gives NAME; an H2 file (a temporary directory) a digest of its path. */
    private static String nameOf(String h2Url) {
        String location = h2Url.replaceFirst("^jdbc:h2:(tcp://[^/]+/)?", "").split(";", 2)[0];
        String name = location.startsWith("mem:") ? location.substring("mem:".length())
                : "file_" + Integer.toHexString(location.hashCode());
        String identifier = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
        return identifier.length() > 40 ? identifier.substring(0, 40) : identifier;
    }

    /** The name is made of [a-z0-9_] only (nameOf), so it can stand in the statement as it is. */
    private static void recreate(String database) {
        try (Connection connection = DriverManager.getConnection(server(), username(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + database + " on " + server(), e);
        }
    }
}
