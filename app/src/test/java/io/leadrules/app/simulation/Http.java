package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.TestCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP, as a client of the simulation endpoints sees it. */
final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final int port;

    Http(int port) {
        this.port = port;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    /** A POST without a body (and without Content-Type). */
    Answer post(String path) {
        return send(request(path).POST(BodyPublishers.noBody()));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        return TestCredentials.request(URI.create("http://localhost:" + port + path));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String contentType, String location, String text) {

        /** The JSON body, after checking the status and that it is JSON. */
        JsonNode json(int expectedStatus) {
            assertThat(status).as(text).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith("application/json");
            return JSON.readTree(text);
        }

        /** Asserts an RFC 9457 problem of this status and type and answers it for more checks. */
        JsonNode problem(int expectedStatus, String type) {
            assertThat(status).as(text).isEqualTo(expectedStatus);
            assertThat(contentType).isEqualTo("application/problem+json");
            JsonNode problem = JSON.readTree(text);
            assertThat(problem.get("type").asString()).as(text).isEqualTo(type);
            assertThat(problem.get("title").asString()).isNotBlank();
            assertThat(problem.get("detail").asString()).isNotBlank();
            return problem;
        }

        /** The {@code field} of each entry of the problem's {@code errors}. */
        List<String> errorFields() {
            return JSON.readTree(text).get("errors").valueStream().map(error -> error.get("field").asString())
                    .toList();
        }
    }
}
