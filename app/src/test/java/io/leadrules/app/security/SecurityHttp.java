package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.TestCredentials;
import io.leadrules.app.system.ProblemType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls with whatever credentials a test chooses (or none), and the admin calls that make users and keys.
 * Every call answers what came back; the assertions are the test's.
 */
final class SecurityHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    SecurityHttp(int port) {
        this.port = port;
    }

    /** One request: method, path, JSON body or null, then header names and values in pairs. */
    HttpResponse<String> send(String method, String path, String json, String... headers) {
        return sendBytes(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                json == null ? null : "application/json", headers);
    }

    /** One request with a body of any type (or none: null). */
    HttpResponse<String> sendBytes(String method, String path, byte[] body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> asAdmin(String method, String path, String json) {
        return send(method, path, json, "Authorization", TestCredentials.ADMIN_AUTHORIZATION);
    }

    /** The bytes of a download, as the admin. */
    byte[] bytesAsAdmin(String path) {
        try {
            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", TestCredentials.ADMIN_AUTHORIZATION).build(), BodyHandlers.ofByteArray());
            assertThat(answer.statusCode()).isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Creates a user with these roles and a password, as the admin. */
    void user(String name, String password, String... roles) {
        HttpResponse<String> created = asAdmin("POST", "/api/v1/users", "{\"name\": \"" + name + "\", \"password\": \""
                + password + "\", \"roles\": " + names(roles) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    /** Creates a key for the user with these roles, as the admin, and answers the creation (id, key...). */
    JsonNode key(String user, String... roles) {
        HttpResponse<String> created = asAdmin("POST", "/api/v1/api-keys", "{\"user\": \"" + user + "\", \"roles\": "
                + names(roles) + ", \"label\": \"test\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return JSON.readTree(created.body());
    }

    static String[] bearer(String key) {
        return new String[] {"Authorization", "Bearer " + key};
    }

    static String[] basic(String user, String password) {
        return new String[] {"Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8))};
    }

    /** Checks a problem answer: status, Content-Type, type and title as its {@link ProblemType} says; answers it. */
    static JsonNode problem(HttpResponse<String> response, ProblemType type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(type.status().value());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type.uri().toString());
        assertThat(problem.get("title").asString()).isEqualTo(type.title());
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    private static String names(String... roles) {
        return "[" + String.join(", ", List.of(roles).stream().map(role -> "\"" + role + "\"").toList()) + "]";
    }
}
