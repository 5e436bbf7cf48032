package io.leadrules.app.security;

import static io.leadrules.app.security.SecurityHttp.basic;
import static io.leadrules.app.security.SecurityHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * An attacker with a low-privilege key (SALES, SCORER) or none at all, against the whole service over real HTTP:
 * the ways around the role matrix, the credential checks and the answers that an attacker tried. Each test is an
 * attack; those that once succeeded name the fix in their name, the others keep the defence from regressing.
 */
@FullServiceTest
class AttackerTest {

    @LocalServerPort
    int port;

    @Autowired
    ApiKeyAdministration administration;

    @Autowired
    Credentials credentials;

    @Autowired
    TransactionTemplate transactions;

    private SecurityHttp http;
    private String salesKey;
    private String scorerKey;
    private String name;

    @BeforeEach
    void keys() {
        http = new SecurityHttp(port);
        name = "mallory-" + UUID.randomUUID().toString().substring(0, 8);
        http.user(name, "correct horse battery", "SALES", "SCORER");
        salesKey = http.key(name, "SALES").get("key").asString();
        scorerKey = http.key(name, "SCORER").get("key").asString();
    }

    @Test
    void pathSpellingsOfAnAdminEndpointDoNotReachItWithASalesKey() {
        List<String> spellings = List.of("//api/v1/users", "/api/v1/users/", "/api/v1//users", "/api/v1/./users",
                "/api/v1/%2e/users", "/api/v1/users;x=1", "/api/v1;x=1/users", "/API/v1/users", "/api/V1/users",
                "/api/v1/leads/..;/users", "/api/v1/leads/%2e%2e/users", "/api/v1/users%2f", "/api/v1/users%00",
                "/api/v1/users.json", "/api/v1/Users");
        for (String path : spellings) {
            HttpResponse<String> answer = http.send("GET", path, null, "X-API-Key", salesKey);
            assertThat(answer.statusCode()).as(path + " -> " + answer.body()).isGreaterThanOrEqualTo(400);
            assertThat(answer.body()).as(path).doesNotContain("\"roles\"").doesNotContain("admin");
        }
    }

    @Test
    void headOrOptionsOfAnEndpointOutsideTheKeysRolesIsForbiddenLikeItsGet() {
        for (String method : List.of("HEAD", "OPTIONS")) {
            for (String path : List.of("/api/v1/users", "/api/v1/api-keys", "/api/v1/audit/events")) {
                HttpResponse<String> answer = http.send(method, path, null, "X-API-Key", salesKey);
                assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(403);
            }
        }
    }

    @Test
    void aScorerCannotEraseALeadThroughAnotherSpellingOrAMethodOverride() {
        String lead = createLead();
        List<String[]> attempts = List.of(
                new String[] {"DELETE", "/api/v1/leads/" + lead + "/"},
                new String[] {"DELETE", "//api/v1/leads/" + lead},
                new String[] {"DELETE", "/api/v1/leads/" + lead + ";x=1"},
                new String[] {"DELETE", "/api/v1/leads/" + lead.toUpperCase()},
                new String[] {"POST", "/api/v1/leads/" + lead + "?_method=DELETE"});
        for (String[] attempt : attempts) {
            HttpResponse<String> answer = http.send(attempt[0], attempt[1], attempt[0].equals("DELETE") ? null : "{}",
                    "Authorization", "Bearer " + scorerKey, "X-HTTP-Method-Override", "DELETE");
            assertThat(answer.statusCode()).as(attempt[0] + " " + attempt[1]).isNotIn(200, 204);
        }
        JsonNode stillThere = SecurityHttp.JSON.readTree(http.asAdmin("GET", "/api/v1/leads/" + lead, null).body());
        assertThat(stillThere.get("id").asString()).isEqualTo(lead);
    }

    @Test
    void aKeyInOneHeaderDoesNotBorrowTheRolesOfAnotherInTheOther() {
        HttpResponse<String> answer = http.send("GET", "/api/v1/users", null, "X-API-Key", salesKey,
                "Authorization", io.leadrules.app.TestCredentials.ADMIN_AUTHORIZATION);

        problem(answer, SecurityProblem.FORBIDDEN);
    }

    @Test
    void noUserCanTakeTheNameTheServiceActsUnderInTheAuditTrail() {
        for (String reserved : List.of("system", "anonymous", "leadrules")) {
            HttpResponse<String> answer = http.asAdmin("POST", "/api/v1/users", "{\"name\": \"" + reserved
                    + "\", \"roles\": [\"RULE_EDITOR\"]}");

            assertThat(problem(answer, SecurityProblem.INVALID_USER).get("errors").get(0).get("field").asString())
                    .as(reserved).isEqualTo("name");
        }
    }

    @Test
    void aLoginNameTooLongToAuditIsTheOneUnauthorizedAnswerNotAServerError() {
        HttpResponse<String> answer = http.send("GET", "/api/v1/leads?size=1", null,
                basic("a".repeat(150) + "\r\nforged line", "a wrong password"));

        problem(answer, SecurityProblem.UNAUTHORIZED);
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("sql");
    }

    @Test
    void aRevokedKeyCheckedWhileTheRevocationCommitsIsRefusedOnceItIsAnswered() throws Exception {
        JsonNode created = http.key(name, "SALES");
        String key = created.get("key").asString();
        ExecutorService otherRequest = Executors.newSingleThreadExecutor();
        try {
            transactions.executeWithoutResult(tx -> {
                administration.revoke(created.get("id").asLong());
                assertThat(checkedMeanwhile(otherRequest, key)).as("a request racing the revocation").isTrue();
            });
        } finally {
            otherRequest.shutdown();
            assertThat(otherRequest.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(credentials.byKey(key)).isEmpty();
        problem(http.send("GET", "/api/v1/leads?size=1", null, "X-API-Key", key), SecurityProblem.UNAUTHORIZED);
    }

    private boolean checkedMeanwhile(ExecutorService otherRequest, String key) {
        try {
            return otherRequest.submit(() -> credentials.byKey(key).isPresent()).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String createLead() {
        String tag = UUID.randomUUID().toString();
        String body = """
                {"lead": {"externalId": "crm-%1$s", "firstName": "Ana", "lastName": "Attack", "email": "%1$s@ex.com",
                "company": "Co %1$s", "jobTitle": "Marketing Director", "industry": "SOFTWARE", "companySize": 250,
                "country": "ES", "consent": {"dataProcessing": true}}}""".formatted(tag);
        HttpResponse<String> created = http.send("POST", "/api/v1/leads", body, "X-API-Key", scorerKey);
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return SecurityHttp.JSON.readTree(created.body()).get("id").asString();
    }
}
