package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.LeadRulesApplication;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * CORS turned on by {@code leadrules.security.cors.allowed-origins}: a page of an allowed origin may send the API's
 * headers (the Idempotency-Key among them) and read the habits' answer headers; another origin gets no CORS header.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-cors;DB_CLOSE_DELAY=-1",
                "leadrules.security.cors.allowed-origins=https://crm.example.com",
                "leadrules.security.cors.max-age=10m"})
class CorsTest {

    private static final String CRM = "https://crm.example.com";

    @LocalServerPort
    int port;

    @Test
    void aPreflightFromAnAllowedOriginMaySendAnIdempotencyKey() {
        HttpResponse<String> answer = preflight(CRM);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).hasValue(CRM);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Headers")).hasValueSatisfying(
                headers -> assertThat(headers.toLowerCase()).contains("idempotency-key"));
        assertThat(answer.headers().firstValue("Access-Control-Max-Age")).hasValue("600");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        HttpResponse<String> answer = preflight("https://evil.example");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void anAllowedPageMayReadTheLinkAndDeprecationHeaders() {
        HttpResponse<String> answer = new ApiClient(port).send("/api/v1/leads?size=1",
                request -> request.header("Origin", CRM).GET());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Expose-Headers")).hasValueSatisfying(
                headers -> assertThat(headers).contains("Link", "Deprecation", "Sunset", "Idempotent-Replayed"));
    }

    private HttpResponse<String> preflight(String origin) {
        return new ApiClient(port).send("/api/v1/leads", request -> request.header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
    }
}
