package io.leadrules.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Password spraying: one guess tried against many user names, each request claiming another client address in
 * X-Forwarded-For / Forwarded, so that neither the per-user nor (if the header were believed) the per-address limit
 * ever trips. The address is the connection's: the spoofed headers change nothing, and the guesses stop at the
 * per-address limit, even the right password (not checked once the limit is reached). Its own context and database:
 * it exhausts its address's failed logins.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:leadrules-sprayed-passwords;DB_CLOSE_DELAY=-1",
                "leadrules.security.failed-logins.per-address=3"})
class SprayedPasswordsTest {

    @LocalServerPort
    int port;

    @Test
    void spoofedForwardingHeadersDoNotResetThePerAddressLimitOfASprayOverManyUsers() {
        SecurityHttp http = new SecurityHttp(port);
        http.user("real-person", "the right password here", "SALES");

        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            answers.add(http.send("GET", "/api/v1/leads?size=1", null, withSpoofedAddress(i,
                    SecurityHttp.basic("sprayed-" + i, "Winter2026!guess"))).statusCode());
        }
        HttpResponse<String> rightPassword = http.send("GET", "/api/v1/leads?size=1", null,
                withSpoofedAddress(9, SecurityHttp.basic("real-person", "the right password here")));

        assertThat(answers).containsExactly(401, 401, 401, 429);
        assertThat(rightPassword.statusCode()).isEqualTo(429);
        assertThat(rightPassword.headers().firstValue("Retry-After")).isPresent();
        assertThat(rightPassword.body()).contains("/problems/too-many-failed-logins");
        assertThat(http.send("GET", "/api/v1/leads?size=1", null,
                SecurityHttp.bearer(http.key("real-person", "SALES").get("key").asString())).statusCode())
                .as("a key is not a login: the address's limit does not stop it").isEqualTo(200);
    }

    private static String[] withSpoofedAddress(int i, String[] authorization) {
        return new String[] {authorization[0], authorization[1], "X-Forwarded-For", "203.0.113." + (10 + i),
                "Forwarded", "for=198.51.100." + (10 + i), "X-Real-IP", "192.0.2." + (10 + i)};
    }
}
