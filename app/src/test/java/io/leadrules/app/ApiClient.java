package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP calls to the service under test, as the admin, and the checks every answer of the API shares (public for
 * the tests of features that need their package's types).
 */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    public ApiClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) {
        return send(TestCredentials.request(uri(path)).GET());
    }

    /** A GET with other credentials than the admin key: the whole Authorization header value. */
    HttpResponse<String> getAs(String path, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET());
    }

    public HttpResponse<String> post(String path) {
        return send(TestCredentials.request(uri(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> postJson(String path, String body) {
        return send(TestCredentials.request(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A body of any media type ({@code application/x-ndjson}), with these credentials (the Authorization value). */
    public HttpResponse<String> postAs(String path, byte[] body, String contentType, String authorization) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart upload of one text file in the part {@code files}, as the admin. */
    HttpResponse<String> upload(String path, String fileName, String content) {
        String boundary = "upload" + System.nanoTime();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return send(TestCredentials.request(uri(path)).header("Content-Type", "multipart/form-data; boundary="
                + boundary).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> patch(String path, String body) {
        return send(TestCredentials.request(uri(path)).header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> delete(String path) {
        return send(TestCredentials.request(uri(path)).DELETE());
    }

    /** The JSON body of a 200 (or the given status) answer. */
    public JsonNode ok(HttpResponse<String> response) {
        return expect(200, response);
    }

    public JsonNode expect(int status, HttpResponse<String> response) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        return json.readTree(response.body());
    }

    /** A problem answer of this status and type; answers the problem for further checks. */
    public JsonNode problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    /** A request the test finishes itself (its own headers, method and body), to this path, as the admin. */
    public HttpResponse<String> send(String path, UnaryOperator<HttpRequest.Builder> finishing) {
        return send(finishing.apply(TestCredentials.request(uri(path))));
    }

    JsonNode tree(String text) {
        return json.readTree(text);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
