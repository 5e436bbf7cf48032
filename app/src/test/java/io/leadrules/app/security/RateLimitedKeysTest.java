package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Rate limits over real HTTP: an auditor's key may make one request a second with no burst, so its second request at
 * once is a 429 problem with Retry-After; another key of the same person has its own bucket. Its own context: the
 * limits are lower than anyone else's.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-rate-limits;DB_CLOSE_DELAY=-1",
                "leadrules.security.rate-limits.per-second.AUDITOR=1",
                "leadrules.security.rate-limits.burst-seconds=1"})
class RateLimitedKeysTest {

    @LocalServerPort
    int port;

    @Test
    void aKeyPastItsLimitGetsA429WithRetryAfterAndAnotherKeyOfTheSamePersonIsServed() {
        SecurityHttp http = new SecurityHttp(port);
        String auditor = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
        http.user(auditor, "a long enough password", "AUDITOR");
        String first = http.key(auditor, "AUDITOR").get("key").asString();
        String second = http.key(auditor, "AUDITOR").get("key").asString();

        HttpResponse<String> served = http.send("GET", "/api/v1/rulesets", null, SecurityHttp.bearer(first));
        HttpResponse<String> refused = http.send("GET", "/api/v1/rulesets", null, SecurityHttp.bearer(first));
        HttpResponse<String> otherKey = http.send("GET", "/api/v1/rulesets", null, SecurityHttp.bearer(second));

        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("RateLimit-Remaining")).hasValue("0");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");
        JsonNode problem = SecurityHttp.JSON.readTree(refused.body());
        assertThat(problem.get("type").asString()).isEqualTo("/problems/rate-limited");
        assertThat(problem.get("title").asString()).isEqualTo("Too many requests for this key");
        assertThat(problem.get("limitPerSecond").asInt()).isEqualTo(1);
        assertThat(otherKey.statusCode()).isEqualTo(200);
    }
}
