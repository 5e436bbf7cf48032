package io.leadrules.app.security;

import static io.leadrules.app.security.SecurityHttp.basic;
import static io.leadrules.app.security.SecurityHttp.bearer;
import static io.leadrules.app.security.SecurityHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** /api/v1/users and /api/v1/api-keys as an administrator uses them, and the problem each mistake gets. */
@FullServiceTest
class UserAndKeyEndpointsTest {

    private static final String QUEUE = "/api/v1/leads?size=1";

    @LocalServerPort
    int port;

    private SecurityHttp http;
    private String name;

    @BeforeEach
    void client() {
        http = new SecurityHttp(port);
        name = "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aUserCreatedWithoutAPasswordGetsAOneTimePasswordThatWorksOnce() {
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/users",
                "{\"name\": \"" + name + "\", \"roles\": [\"SALES\"]}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/users/" + name);
        String password = json(created).get("oneTimePassword").asString();
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        assertThat(http.send("GET", QUEUE, null, basic(name, password)).statusCode()).isEqualTo(200);
        assertThat(http.asAdmin("GET", "/api/v1/users/" + name, null).body()).doesNotContain(password)
                .doesNotContain("oneTimePassword").doesNotContain("$2");
    }

    @Test
    void aUserCreatedWithAPasswordIsNotShownOne() {
        HttpResponse<String> created = http.asAdmin("POST", "/api/v1/users",
                "{\"name\": \"" + name + "\", \"roles\": [\"SALES\"], \"password\": \"twelve chars ok\"}");

        assertThat(json(created).has("oneTimePassword")).isFalse();
        assertThat(http.send("GET", QUEUE, null, basic(name, "twelve chars ok")).statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordResetReplacesTheOldPasswordAtOnce() {
        http.user(name, "the old password", "SALES");
        assertThat(http.send("GET", QUEUE, null, basic(name, "the old password")).statusCode()).isEqualTo(200);

        String fresh = json(http.asAdmin("POST", "/api/v1/users/" + name + "/password-reset", null))
                .get("oneTimePassword").asString();

        assertThat(http.send("GET", QUEUE, null, basic(name, fresh)).statusCode()).isEqualTo(200);
        problem(http.send("GET", QUEUE, null, basic(name, "the old password")), SecurityProblem.UNAUTHORIZED);
    }

    @Test
    void usersAreListedWithoutPasswords() {
        http.user(name, "a long password", "AUDITOR");

        HttpResponse<String> listed = http.asAdmin("GET", "/api/v1/users", null);

        assertThat(listed.body()).contains("\"" + name + "\"").doesNotContain("password\":").doesNotContain("$2");
    }

    @Test
    void aKeyIsShownOnceAndListedOnlyByItsPrefix() {
        http.user(name, "a long password", "SCORER", "SALES");
        JsonNode created = http.key(name, "SCORER");
        String key = created.get("key").asString();

        String listed = http.asAdmin("GET", "/api/v1/api-keys", null).body();

        assertThat(created.get("prefix").asString()).isEqualTo(key.substring(0, 11));
        assertThat(listed).contains(created.get("prefix").asString()).doesNotContain(key)
                .doesNotContain(Secrets.sha256(key));
        assertThat(http.send("POST", "/api/v1/scores", "{}", bearer(key)).statusCode()).isEqualTo(400);
    }

    @Test
    void aKeyWithARoleItsUserDoesNotHoldIsRefusedNamingTheRole() {
        http.user(name, "a long password", "SALES");

        JsonNode refused = problem(http.asAdmin("POST", "/api/v1/api-keys",
                "{\"user\": \"" + name + "\", \"roles\": [\"SALES\", \"ADMIN\"]}"), SecurityProblem.INVALID_API_KEY_REQUEST);

        assertThat(refused.get("role").asString()).isEqualTo("ADMIN");
        assertThat(refused.get("detail").asString()).contains("ADMIN");
    }

    @Test
    void aKeyForNobodyOrExpiredAlreadyIsRefused() {
        problem(http.asAdmin("POST", "/api/v1/api-keys", "{\"user\": \"nobody-" + name + "\", \"roles\": [\"SALES\"]}"),
                SecurityProblem.INVALID_API_KEY_REQUEST);
        http.user(name, "a long password", "SALES");
        problem(http.asAdmin("POST", "/api/v1/api-keys", "{\"user\": \"" + name + "\", \"roles\": [\"SALES\"], "
                + "\"expiresAt\": \"2000-01-01T00:00:00Z\"}"), SecurityProblem.INVALID_API_KEY_REQUEST);
    }

    @Test
    void revokingAnUnknownKeyIsNotFound() {
        problem(http.asAdmin("DELETE", "/api/v1/api-keys/987654321", null), SecurityProblem.API_KEY_NOT_FOUND);
    }

    @Test
    void anUnknownUserIsNotFound() {
        problem(http.asAdmin("GET", "/api/v1/users/nobody-" + name, null), SecurityProblem.USER_NOT_FOUND);
        problem(http.asAdmin("PATCH", "/api/v1/users/nobody-" + name, "{\"enabled\": false}"),
                SecurityProblem.USER_NOT_FOUND);
    }

    @Test
    void aTakenNameIsAConflict() {
        http.user(name, "a long password", "SALES");

        problem(http.asAdmin("POST", "/api/v1/users", "{\"name\": \"" + name + "\", \"roles\": []}"),
                SecurityProblem.USER_EXISTS);
    }

    @Test
    void aBadNameOrShortPasswordIsAnInvalidUserNamingTheMember() {
        JsonNode badName = problem(http.asAdmin("POST", "/api/v1/users", "{\"name\": \"Robert'); DROP\", \"roles\": []}"),
                SecurityProblem.INVALID_USER);
        JsonNode shortPassword = problem(http.asAdmin("POST", "/api/v1/users",
                "{\"name\": \"" + name + "\", \"password\": \"short\", \"roles\": []}"), SecurityProblem.INVALID_USER);

        assertThat(badName.get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(shortPassword.get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void anUnknownRoleIsRefused() {
        HttpResponse<String> answer = http.asAdmin("POST", "/api/v1/users",
                "{\"name\": \"" + name + "\", \"roles\": [\"SUPERUSER\"]}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(http.asAdmin("GET", "/api/v1/users/" + name, null).statusCode()).isEqualTo(404);
    }

    private static JsonNode json(HttpResponse<String> response) {
        return SecurityHttp.JSON.readTree(response.body());
    }
}
