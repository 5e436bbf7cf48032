package io.leadrules.app.security;

import static io.leadrules.app.security.SecurityHttp.basic;
import static io.leadrules.app.security.SecurityHttp.bearer;
import static io.leadrules.app.security.SecurityHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.system.SystemProblem;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.EnumSet;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Attacks on the way in, against the whole service: no, wrong, revoked and expired keys, wrong passwords, disabled
 * users, borrowed browser credentials. Every bad credential gets the one 401 answer, so none tells which keys or
 * users exist. (Wrong passwords here count towards the per-address limit of the shared context, 20: keep them few.)
 */
@FullServiceTest
class CredentialsTest {

    private static final String PASSWORD = "correct horse battery";
    /** Readable by SALES, a role that cannot score. */
    private static final String QUEUE = "/api/v1/leads?size=1";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    ApiKeyStore keys;

    @Autowired
    Clock clock;

    private SecurityHttp http;
    private String name;

    @BeforeEach
    void client() {
        http = new SecurityHttp(port);
        name = "sales-" + UUID.randomUUID().toString().substring(0, 8);
        http.user(name, PASSWORD, "SALES");
    }

    @Test
    void aRequestWithoutCredentialsIsAnUnauthorizedProblemWithAChallenge() {
        HttpResponse<String> answer = http.send("GET", QUEUE, null);

        problem(answer, SecurityProblem.UNAUTHORIZED);
        assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("Bearer").contains("Basic"));
    }

    @Test
    void anUnknownApiPathWithoutCredentialsIsUnauthorizedNotNotFound() {
        problem(http.send("GET", "/api/v1/no-such-thing", null), SecurityProblem.UNAUTHORIZED);
        problem(http.send("DELETE", "/api/v1/api-keys/1", null), SecurityProblem.UNAUTHORIZED);
    }

    @Test
    void anUnknownApiPathWithCredentialsIsNotFound() {
        problem(http.asAdmin("GET", "/api/v1/no-such-thing", null), SystemProblem.NOT_FOUND);
    }

    @Test
    void aWrongKeyGetsExactlyTheAnswerOfNoCredentials() {
        HttpResponse<String> none = http.send("GET", QUEUE, null);
        HttpResponse<String> wrong = http.send("GET", QUEUE, null, bearer("lr_" + "x".repeat(43)));
        HttpResponse<String> garbage = http.send("GET", QUEUE, null, "X-API-Key", "not a key");

        problem(wrong, SecurityProblem.UNAUTHORIZED);
        assertThat(wrong.body()).isEqualTo(none.body());
        assertThat(garbage.body()).isEqualTo(none.body());
    }

    @Test
    void aKeyWorksAsBearerAndAsXApiKeyUntilItIsRevokedThenAtOnceNot() {
        var created = http.key(name, "SALES");
        String key = created.get("key").asString();
        assertThat(key).startsWith("lr_").hasSize(46);
        assertThat(http.send("GET", QUEUE, null, bearer(key)).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", QUEUE, null, "X-API-Key", key).statusCode()).isEqualTo(200);

        assertThat(http.asAdmin("DELETE", "/api/v1/api-keys/" + created.get("id").asLong(), null).statusCode())
                .isEqualTo(204);

        problem(http.send("GET", QUEUE, null, bearer(key)), SecurityProblem.UNAUTHORIZED);
        problem(http.send("GET", QUEUE, null, "X-API-Key", key), SecurityProblem.UNAUTHORIZED);
    }

    @Test
    void anExpiredKeyIsUnauthorized() {
        String key = Secrets.newKey();
        keys.create(users.existing(name), key, EnumSet.of(Role.SALES), "expired",
                clock.instant().minusSeconds(1), clock.instant().minusSeconds(3600));

        problem(http.send("GET", QUEUE, null, bearer(key)), SecurityProblem.UNAUTHORIZED);
    }

    @Test
    void theRightPasswordLogsInAndAWrongOneGetsTheSameAnswerAsNoCredentials() {
        assertThat(http.send("GET", QUEUE, null, basic(name, PASSWORD)).statusCode()).isEqualTo(200);

        HttpResponse<String> wrong = http.send("GET", QUEUE, null, basic(name, PASSWORD + "!"));
        HttpResponse<String> unknownUser = http.send("GET", QUEUE, null, basic("nobody-" + name, PASSWORD));

        problem(wrong, SecurityProblem.UNAUTHORIZED);
        assertThat(wrong.body()).isEqualTo(http.send("GET", QUEUE, null).body());
        assertThat(unknownUser.body()).isEqualTo(wrong.body());
    }

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWithRetryAfter() {
        for (int i = 0; i < 5; i++) {
            problem(http.send("GET", QUEUE, null, basic(name, "guess " + i)), SecurityProblem.UNAUTHORIZED);
        }

        HttpResponse<String> refused = http.send("GET", QUEUE, null, basic(name, PASSWORD));

        problem(refused, SecurityProblem.TOO_MANY_FAILED_LOGINS);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        String key = http.key(name, "SALES").get("key").asString();
        assertThat(http.send("GET", QUEUE, null, bearer(key)).statusCode())
                .as("keys are not logins: the limit does not touch them").isEqualTo(200);
    }

    @Test
    void disablingAUserStopsItsLoginAndItsKeysAtOnceAndEnablingRestoresThem() {
        String key = http.key(name, "SALES").get("key").asString();
        assertThat(http.send("GET", QUEUE, null, basic(name, PASSWORD)).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", QUEUE, null, bearer(key)).statusCode()).isEqualTo(200);

        http.asAdmin("PATCH", "/api/v1/users/" + name, "{\"enabled\": false}");

        problem(http.send("GET", QUEUE, null, basic(name, PASSWORD)), SecurityProblem.UNAUTHORIZED);
        problem(http.send("GET", QUEUE, null, bearer(key)), SecurityProblem.UNAUTHORIZED);

        http.asAdmin("PATCH", "/api/v1/users/" + name, "{\"enabled\": true}");
        assertThat(http.send("GET", QUEUE, null, bearer(key)).statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleTakenFromAUserIsTakenFromItsKeysAtOnce() {
        http.asAdmin("PATCH", "/api/v1/users/" + name, "{\"roles\": [\"SALES\", \"AUDITOR\"]}");
        String key = http.key(name, "SALES", "AUDITOR").get("key").asString();
        assertThat(http.send("GET", QUEUE, null, bearer(key)).statusCode()).isEqualTo(200);

        http.asAdmin("PATCH", "/api/v1/users/" + name, "{\"roles\": [\"AUDITOR\"]}");

        problem(http.send("GET", QUEUE, null, bearer(key)), SecurityProblem.FORBIDDEN);
        assertThat(http.send("GET", "/api/v1/rulesets/active", null, bearer(key)).statusCode()).isEqualTo(200);
    }

    @Test
    void aRoleMissingIsAForbiddenProblem() {
        String key = http.key(name, "SALES").get("key").asString();

        problem(http.send("POST", "/api/v1/scores", "{}", bearer(key)), SecurityProblem.FORBIDDEN);
        problem(http.send("GET", "/api/v1/users", null, basic(name, PASSWORD)), SecurityProblem.FORBIDDEN);
    }

    @Test
    void aForeignPageCannotUseALoginTheBrowserRemembers() {
        String foreign = "https://evil.example";

        problem(http.send("GET", QUEUE, null, concat(basic(name, PASSWORD), "Origin", foreign)),
                SecurityProblem.FOREIGN_ORIGIN);
        problem(http.send("GET", QUEUE, null, "Origin", foreign, "Cookie", "JSESSIONID=stolen"),
                SecurityProblem.FOREIGN_ORIGIN);
        assertThat(http.send("GET", QUEUE, null, concat(basic(name, PASSWORD), "Origin", "http://localhost:" + port))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void aKeyIsNoBrowserCredentialSoItWorksFromAnyOrigin() {
        String key = http.key(name, "SALES").get("key").asString();

        HttpResponse<String> answer = http.send("GET", QUEUE, null, concat(bearer(key), "Origin", "https://crm.example"));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void healthTheApiDescriptionAndTheProblemPagesAreOpen() {
        assertThat(http.send("GET", "/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/v3/api-docs", null).statusCode()).isEqualTo(200);
        assertThat(http.send("GET", "/problems/unauthorized", null).statusCode()).isEqualTo(200);
    }

    @Test
    void healthDetailsAreShownToAnAdminOnly() {
        assertThat(http.send("GET", "/actuator/health", null).body()).doesNotContain("components");
        assertThat(http.send("GET", "/actuator/health", null, basic(name, PASSWORD)).body())
                .doesNotContain("components");
        assertThat(http.asAdmin("GET", "/actuator/health", null).body()).contains("components");
    }

    @Test
    void answersCarryTheSecurityHeaders() {
        HttpResponse<String> answer = http.asAdmin("GET", "/api/v1/users", null);

        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void theFirstUserIsAdminWithEveryRoleAndNoPassword() {
        var admin = SecurityHttp.JSON.readTree(http.asAdmin("GET", "/api/v1/users/admin", null).body());

        assertThat(admin.get("roles").valueStream().map(role -> role.asString()).toList())
                .containsExactly("SCORER", "RULE_EDITOR", "RULE_DEVELOPER", "SALES", "AUDITOR", "ADMIN", "METRICS");
        assertThat(admin.get("hasPassword").asBoolean()).isFalse();
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
