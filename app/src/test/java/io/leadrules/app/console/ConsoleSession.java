package io.leadrules.app.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person in the console over real HTTP, without a browser: a cookie jar, the form login, and forms posted with the
 * page's CSRF token, as a browser would send them. For the pages' answers (status, headers, HTML), where a real
 * browser is not needed; the journeys in a browser are the {@link BrowserTest}s.
 */
public final class ConsoleSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient http;
    private String language = "en";

    private ConsoleSession(int port) {
        this(port, HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private ConsoleSession(int port, HttpClient http) {
        this.port = port;
        this.http = http;
    }

    /**
     * The same person (the same cookies) reaching another instance on this host, as through a load balancer without
     * sticky sessions: cookies are kept per host, not per port.
     */
    public ConsoleSession through(int otherPort) {
        return new ConsoleSession(otherPort, http);
    }

    /** A new person with these roles (created through the API as the admin), signed in. */
    public static ConsoleSession signedIn(int port, String... roles) {
        String name = "console-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        createUser(port, name, password, roles);
        ConsoleSession session = new ConsoleSession(port);
        HttpResponse<String> answer = session.signIn(name, password);
        assertThat(answer.headers().firstValue("Location")).as(answer.body()).hasValue("http://localhost:" + port
                + "/console");
        return session;
    }

    public static ConsoleSession anonymous(int port) {
        return new ConsoleSession(port);
    }

    /** Creates a user through the API as the admin; its name and password are the caller's. */
    public static void createUser(int port, String name, String password, String... roles) {
        String list = java.util.Arrays.stream(roles).map(role -> "\"" + role + "\"").collect(Collectors.joining(","));
        new ApiClient(port).expect(201, new ApiClient(port).postJson("/api/v1/users", "{\"name\": \"" + name
                + "\", \"password\": \"" + password + "\", \"roles\": [" + list + "]}"));
    }

    public ConsoleSession inSpanish() {
        language = "es";
        return this;
    }

    public HttpResponse<String> signIn(String name, String password) {
        String token = csrf(get("/login").body());
        return postForm("/login", Map.of("username", name, "password", password, "_csrf", token));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** Posts a form from the page at {@code from}, with that page's CSRF token. */
    public HttpResponse<String> submit(String from, String action, Map<String, String> fields) {
        java.util.Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("_csrf", csrf(get(from).body()));
        return postForm(action, all);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").header("Accept-Language", language);
    }

    public static String csrf(String html) {
        Matcher token = CSRF.matcher(html);
        assertThat(token.find()).as("a CSRF token in the page").isTrue();
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
