package io.leadrules.app.lead;

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
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP, as a client sees it. */
final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    Api(int port) {
        this.port = port;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(BodyPublishers.ofString(json)));
    }

    /** A body of another media type ({@code text/csv}, {@code application/x-ndjson}), its length announced. */
    Answer post(String path, String body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(BodyPublishers.ofString(body)));
    }

    /** A body sent in chunks, its length never announced: a limit can only count it as it streams in. */
    Answer postChunked(String path, String body, String contentType) {
        HttpRequest.BodyPublisher chunked = BodyPublishers.fromPublisher(BodyPublishers.ofString(body));
        return send(request(path).header("Content-Type", contentType).POST(chunked));
    }

    Answer delete(String path) {
        return send(request(path).DELETE());
    }

    Answer patch(String path, String json) {
        return patch(path, json, "application/merge-patch+json");
    }

    Answer patch(String path, String json, String contentType) {
        return send(request(path).header("Content-Type", contentType)
                .method("PATCH", BodyPublishers.ofString(json)));
    }

    /** Creates (or merges) a lead and answers its id, failing the test unless it was stored. */
    String store(String leadRequest) {
        Answer answer = post("/api/v1/leads", leadRequest);
        assertThat(answer.status()).as(answer.text()).isIn(200, 201);
        return answer.json().get("id").asString();
    }

    private HttpRequest.Builder request(String path) {
        return TestCredentials.request(URI.create("http://localhost:" + port + path));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
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

        JsonNode json() {
            return JSON.readTree(text);
        }

        /** Asserts an RFC 9457 problem of this status and type and hands it over for more checks. */
        Answer isProblem(int expectedStatus, String type, Consumer<JsonNode> more) {
            assertThat(status).as(text).isEqualTo(expectedStatus);
            assertThat(contentType).isEqualTo("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.get("type").asString()).as(text).isEqualTo(type);
            assertThat(problem.get("title").asString()).isNotBlank();
            assertThat(problem.get("detail").asString()).isNotBlank();
            more.accept(problem);
            return this;
        }

        Answer isProblem(int expectedStatus, String type) {
            return isProblem(expectedStatus, type, problem -> { });
        }

        /** The {@code field} of each entry of the problem's {@code errors}. */
        List<String> errorFields() {
            return json().get("errors").valueStream().map(error -> error.get("field").asString()).toList();
        }
    }
}
