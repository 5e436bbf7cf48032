package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.TestCredentials;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule-version endpoints (and the few scoring and lead endpoints the journeys need) over real HTTP, as a client
 * such as a marketing-ops tool calls them: multipart uploads, JSON posts, downloads. Every call answers what came
 * back, whatever the status; the assertions are the test's.
 */
public final class RuleVersionApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    public RuleVersionApi(int port) {
        this(port, TestCredentials.ADMIN_KEY);
    }

    /**
     * Calls made with another API key than the admin's (a role's own key). The JDK's client, named: left to choose,
     * {@code RestClient} takes whichever HTTP library is on the classpath (Apache HttpClient 5 since webhooks deliver
     * with it), and with it its wire log at TRACE, which would put the test's own request bodies in the log the
     * attack tests read, and its connection pool, which the upload-queue tests' concurrent requests wait on.
     */
    public RuleVersionApi(int port, String key) {
        this.http = RestClient.builder().requestFactory(new JdkClientHttpRequestFactory())
                .baseUrl("http://localhost:" + port).defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + key).build();
    }

    public Answer get(String path) {
        return exchange(http.get().uri(path));
    }

    public Answer post(String path) {
        return exchange(http.post().uri(path));
    }

    /** A POST carrying {@code If-Match}. */
    public Answer postIfMatch(String path, String ifMatch) {
        return exchange(http.post().uri(path).header(HttpHeaders.IF_MATCH, ifMatch));
    }

    public Answer delete(String path) {
        return exchange(http.delete().uri(path));
    }

    /** A DELETE carrying {@code If-Match}. */
    public Answer deleteIfMatch(String path, String ifMatch) {
        return exchange(http.delete().uri(path).header(HttpHeaders.IF_MATCH, ifMatch));
    }

    /** A POST of these bytes as this Content-Type (a CSV dataset, say). */
    public Answer postBody(String path, String contentType, byte[] body) {
        return exchange(http.post().uri(path).contentType(MediaType.parseMediaType(contentType)).body(body));
    }

    public Answer postJson(String path, String json) {
        return exchange(http.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    /** {@code POST /api/v1/rulesets}: the files as parts named "files", then the form fields (label, basedOn...). */
    public Answer upload(Map<String, String> fields, UploadFile... files) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (UploadFile file : files) {
            form.add("files", file.resource());
        }
        fields.forEach(form::add);
        return exchange(http.post().uri("/api/v1/rulesets").contentType(MediaType.MULTIPART_FORM_DATA).body(form));
    }

    public Answer upload(UploadFile... files) {
        return upload(Map.of(), files);
    }

    /** {@code POST /api/v1/rulesets} of the files, asking for answers in a language ({@code Accept-Language}). */
    public Answer uploadIn(String acceptLanguage, UploadFile... files) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        for (UploadFile file : files) {
            form.add("files", file.resource());
        }
        return exchange(http.post().uri("/api/v1/rulesets").header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(form));
    }

    /**
     * Uploads a hostile or broken rule set and answers its 422 problem, after checking that it is one of
     * {@code types}, that no version was stored, that the active version did not change, and that the service still
     * answers its health.
     */
    public JsonNode refusedWithNothingStored(Set<String> types, UploadFile file) {
        List<String> versions = versionIds();
        String active = activeId();

        Answer answer = upload(file);

        assertThat(answer.status()).as(answer.text()).isEqualTo(422);
        String type = JSON.readTree(answer.body()).path("type").asString();
        assertThat(types).as(answer.text()).contains(type);
        JsonNode problem = answer.problem(422, type);
        assertThat(versionIds()).isEqualTo(versions);
        assertThat(activeId()).isEqualTo(active);
        assertThat(get("/actuator/health").status()).isEqualTo(200);
        return problem;
    }

    /** Uploads and answers the new version, failing the test unless it was stored (201 with its Location). */
    public JsonNode uploaded(Map<String, String> fields, UploadFile... files) {
        Answer answer = upload(fields, files);
        JsonNode version = answer.json(201);
        assertThat(answer.location()).isEqualTo("/api/v1/rulesets/" + version.get("id").asString());
        assertThat(version.get("status").asString()).isEqualTo("DRAFT");
        return version;
    }

    public JsonNode uploaded(UploadFile... files) {
        return uploaded(Map.of(), files);
    }

    /** The id of the active version. */
    public String activeId() {
        return get("/api/v1/rulesets/active").json(200).get("id").asString();
    }

    /** The ids of every stored version, newest first. */
    public List<String> versionIds() {
        return get("/api/v1/rulesets").json(200).valueStream().map(v -> v.get("id").asString()).toList();
    }

    /** Activates the version and answers it, failing the test unless it went live. */
    public JsonNode activate(String id) {
        JsonNode version = post("/api/v1/rulesets/" + id + "/activation").json(200);
        assertThat(version.get("status").asString()).isEqualTo("ACTIVE");
        return version;
    }

    /** {@code POST /api/v1/scores}: the answer of a 200. */
    public JsonNode score(String request) {
        return postJson("/api/v1/scores", request).json(200);
    }

    /**
     * Remembers the active version and activates it again on close: a test that activates versions opens this
     * first, so that the next test finds the service as it was.
     */
    public ActiveVersionRestore activeVersionRestoredAfterwards() {
        String active = activeId();
        return () -> {
            if (!activeId().equals(active)) {
                activate(active);
            }
        };
    }

    private static Answer exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((sent, response) -> new Answer(response.getStatusCode().value(),
                Objects.toString(response.getHeaders().getContentType(), ""),
                response.getHeaders().getFirst(HttpHeaders.LOCATION),
                response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), response.getHeaders().getETag(),
                response.getBody().readAllBytes()));
    }

    /** Re-activates, on close, the version that was active when it was opened. */
    public interface ActiveVersionRestore extends AutoCloseable {

        @Override
        void close();
    }

    /** One file of an upload: its name and exact bytes. */
    public record UploadFile(String name, byte[] content) {

        public static UploadFile text(String name, String content) {
            return new UploadFile(name, content.getBytes(StandardCharsets.UTF_8));
        }

        public ByteArrayResource resource() {
            return new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return name;
                }
            };
        }
    }

    /** What came back: status, Content-Type, Location, Retry-After, ETag and the body's bytes. */
    public record Answer(int status, String contentType, String location, String retryAfter, String etag,
                         byte[] body) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The JSON body, after checking the status and that it is JSON. */
        public JsonNode json(int expectedStatus) {
            assertThat(status).as("status of %s", text()).isEqualTo(expectedStatus);
            assertThat(contentType).startsWith(MediaType.APPLICATION_JSON_VALUE);
            return JSON.readTree(body);
        }

        /** An RFC 9457 problem of this status and type, with a title and a detail; answers it for more checks. */
        public JsonNode problem(int expectedStatus, String type) {
            assertThat(status).as("status of %s", text()).isEqualTo(expectedStatus);
            assertThat(contentType).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            JsonNode problem = JSON.readTree(body);
            assertThat(problem.get("type").asString()).as(text()).isEqualTo(type);
            assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.get("title").asString()).isNotBlank();
            assertThat(problem.get("detail").asString()).isNotBlank();
            return problem;
        }
    }
}
