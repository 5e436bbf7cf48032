package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.MultipartConfigElement;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The body limits of a rule-set upload in the running server: the 1 MiB JSON limit does not apply to a multipart
 * POST /api/v1/rulesets, and the server's own multipart limits are the upload limit. (Bodies stay under Tomcat's
 * 2 MB swallow limit, so that the answer to an unread body arrives whole; the 20 MB edge is RequestBodyLimitTest's.)
 */
@FullServiceTest
class RuleSetUploadLimitsTest {

    private static final String BOUNDARY = "----LeadRulesUpload";
    private static final long TWENTY_MEGABYTES = 20L * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    MultipartConfigElement multipart;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theServersMultipartLimitsAreTheUploadLimit() {
        assertThat(multipart.getMaxFileSize()).isEqualTo(TWENTY_MEGABYTES);
        assertThat(multipart.getMaxRequestSize()).isEqualTo(TWENTY_MEGABYTES);
    }

    @Test
    void anUploadOverTheJsonLimitIsNotRefusedAsTooLarge() throws Exception {
        byte[] body = multipartBody("Points.drl.xlsx", new byte[1536 * 1024]);

        HttpResponse<String> upload = post("/api/v1/rulesets", "multipart/form-data; boundary=" + BOUNDARY, body);
        HttpResponse<String> json = post("/api/v1/scores", "multipart/form-data; boundary=" + BOUNDARY, body);

        assertThat(upload.statusCode()).isNotEqualTo(413);
        assertThat(upload.body()).doesNotContain("payload-too-large");
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.body()).contains("/problems/payload-too-large", "the limit is 1048576 bytes");
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return http.send(TestCredentials.request(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(BodyPublishers.ofByteArray(body)).build(),
                BodyHandlers.ofString());
    }

    private static byte[] multipartBody(String filename, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }
}
