package io.leadrules.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Properties;

/**
 * The credentials every test client sends: the API key of user {@code admin} (every role), as the first start over a
 * test database creates it from {@code leadrules.security.initial-admin-key} in
 * {@code src/test/resources/config/application.properties}, read from there so that it is written once.
 */
public final class TestCredentials {

    public static final String ADMIN_KEY = fromTestConfiguration("leadrules.security.initial-admin-key");
    /** The value of the Authorization header that carries {@link #ADMIN_KEY}. */
    public static final String ADMIN_AUTHORIZATION = "Bearer " + ADMIN_KEY;
    /** The environment variable a service started as a separate process takes the key from. */
    public static final String ADMIN_KEY_VARIABLE = "LEADRULES_SECURITY_INITIAL_ADMIN_KEY";

    private TestCredentials() {
    }

    /** A request to this URI, as the admin. */
    public static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", ADMIN_AUTHORIZATION);
    }

    private static String fromTestConfiguration(String name) {
        try (InputStream in = TestCredentials.class.getResourceAsStream("/config/application.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
