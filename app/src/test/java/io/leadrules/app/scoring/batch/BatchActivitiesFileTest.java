package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.LeadRulesApplication;
import io.leadrules.app.TestCredentials;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /api/v1/scores/batch as multipart/form-data: a leads CSV and its activities as a second CSV, joined in the
 * order of the leads. The server's multipart limit is 2MB here.
 */
@SpringBootTest(classes = LeadRulesApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:batch-activities-file-test;DB_CLOSE_DELAY=-1",
                "leadrules.batch.max-body-size=12MB", "leadrules.rulesets.max-upload-size=2MB",
                "leadrules.security.rate-limits.enabled=false"})
class BatchActivitiesFileTest {

    static final String LEADS_WITH_NOTATION = """
            id,externalId,jobTitle,companySize,asOf,activities
            L1,crm-1,Marketing Director,250,2026-11-22T10:00:00Z,DEMO_REQUESTED@2026-11-20T10:00:00Z; \
            PAGE_VIEW x2@2026-11-21T10:00:00Z
            L2,crm-2,CEO,12,2026-11-22T10:00:00Z,
            L3,crm-3,Intern,3,2026-11-22T10:00:00Z,TIME_ON_SITE=320@2026-11-19T10:00:00Z
            """;
    static final String LEADS = """
            id,externalId,jobTitle,companySize,asOf
            L1,crm-1,Marketing Director,250,2026-11-22T10:00:00Z
            L2,crm-2,CEO,12,2026-11-22T10:00:00Z
            L3,crm-3,Intern,3,2026-11-22T10:00:00Z
            """;
    static final String ACTIVITIES = """
            lead,type,occurredAt,value
            L1,DEMO_REQUESTED,2026-11-20T10:00:00Z,
            L1,PAGE_VIEW,2026-11-21T10:00:00Z,
            L1,PAGE_VIEW,2026-11-21T10:00:00Z,
            L3,TIME_ON_SITE,2026-11-19T10:00:00Z,320
            """;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOUNDARY = "batch-boundary-7f3a";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aFormWithOnlyActivitiesIsA400ProblemNamingTheLeadsPart() throws Exception {
        HttpResponse<String> answer = post(Map.of("activities", ACTIVITIES), "text/csv");

        assertProblem(answer, 400, "/problems/invalid-batch-form", "The batch form cannot be scored");
        assertThat(JSON.readTree(answer.body()).get("errors").get(0).get("field").asString()).isEqualTo("leads");
    }

    @Test
    void aPartOtherThanLeadsAndActivitiesIsRefused() throws Exception {
        HttpResponse<String> answer = post(Map.of("leads", LEADS, "rules", "rule \"x\" when then end"), "text/csv");

        assertProblem(answer, 400, "/problems/invalid-batch-form", "The batch form cannot be scored");
    }

    @Test
    void aPartOverTheServersMultipartLimitIsA413Problem() throws Exception {
        String huge = "lead,type,occurredAt\n" + ("L1,PAGE_VIEW,2026-11-21T10:00:00Z\n").repeat(100_000);

        HttpResponse<String> answer = post(Map.of("leads", LEADS, "activities", huge), "text/csv");

        assertProblem(answer, 413, "/problems/payload-too-large", "The request body is too large");
    }

    @Test
    void anActivitiesHeaderThatCannotBeUsedIsA400NamingTheActivitiesColumn() throws Exception {
        HttpResponse<String> answer = post(Map.of("leads", LEADS, "activities", "lead,kind,occurredAt\n"), "text/csv");

        assertProblem(answer, 400, "/problems/invalid-batch-file", "The batch file cannot be read");
        assertThat(answer.body()).contains("activities.B");
    }

    @Test
    void theSameLeadsGetTheSameAnswersWithActivitiesInTheNotationOrInASecondFile() throws Exception {
        HttpResponse<String> notation = http.send(TestCredentials.request(uri()).header("Content-Type", "text/csv")
                .header("Accept", "text/csv").POST(BodyPublishers.ofString(LEADS_WITH_NOTATION)).build(),
                BodyHandlers.ofString());
        HttpResponse<String> file = post(Map.of("leads", LEADS, "activities", ACTIVITIES), "text/csv");

        assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
        assertThat(file.body()).isEqualTo(notation.body());
        assertThat(file.body().lines().toList()).hasSize(4);
        assertThat(file.body().lines().toList().get(1)).contains("ENG-DEMO_REQUESTED", "ENG-PAGE_VIEW");
        assertThat(file.body()).doesNotContain("/problems/");
    }

    @Test
    void aBadActivityCellGivesItsLeadAnErrorLineNamingTheActivitiesLineAndColumn() throws Exception {
        String activities = "lead,type,occurredAt\nL1,\"=cmd|' /C calc'!A0\",2026-11-20T10:00:00Z\n"
                + "L2,PAGE_VIEW,2026-11-20T10:00:00Z\n";

        List<JsonNode> lines = ndjson(post(Map.of("leads", LEADS, "activities", activities), "application/x-ndjson"));

        assertThat(lines.get(0).get("line").asInt()).isEqualTo(2);
        assertThat(lines.get(0).get("type").asString()).isEqualTo("/problems/invalid-activity-row");
        assertThat(lines.get(0).get("title").asString()).isEqualTo("An activity of this lead cannot be read");
        assertThat(lines.get(0).get("errors").get(0).get("field").asString())
                .isEqualTo("activities line 2, column type");
        assertThat(lines.get(1).get("externalId").asString()).isEqualTo("crm-2");
        assertThat(lines.get(2).get("externalId").asString()).isEqualTo("crm-3");
    }

    @Test
    void activitiesOutOfTheLeadsOrderEndTheAnswerWithAnErrorLineNamingTheirLine() throws Exception {
        String activities = "lead,type,occurredAt\nL3,PAGE_VIEW,2026-11-20T10:00:00Z\n"
                + "L1,DEMO_REQUESTED,2026-11-20T10:00:00Z\n";

        List<JsonNode> lines = ndjson(post(Map.of("leads", LEADS, "activities", activities), "application/x-ndjson"));

        JsonNode unjoined = lines.get(3);
        assertThat(unjoined.get("line").asInt()).isZero();
        assertThat(unjoined.get("type").asString()).isEqualTo("/problems/unjoined-activities");
        assertThat(unjoined.get("status").asInt()).isEqualTo(422);
        assertThat(unjoined.get("errors").get(0).get("field").asString()).isEqualTo("activities line 3, column lead");
    }

    @Test
    void anActivityForAnUnknownLeadEndsTheAnswerWithAnErrorLine() throws Exception {
        String activities = "lead,type,occurredAt\nL1,PAGE_VIEW,2026-11-20T10:00:00Z\n"
                + "nobody,DEMO_REQUESTED,2026-11-20T10:00:00Z\n";

        List<JsonNode> lines = ndjson(post(Map.of("leads", LEADS, "activities", activities), "application/x-ndjson"));

        assertThat(lines.get(3).get("type").asString()).isEqualTo("/problems/unjoined-activities");
        assertThat(lines.get(3).get("detail").asString()).contains("line 3", "'nobody'");
    }

    private HttpResponse<String> post(Map<String, String> parts, String accept)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        new LinkedHashMap<>(parts).forEach((name, content) -> body.append("--").append(BOUNDARY).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"; filename=\"")
                .append(name).append(".csv\"\r\nContent-Type: text/csv\r\n\r\n").append(content).append("\r\n"));
        body.append("--").append(BOUNDARY).append("--\r\n");
        return http.send(TestCredentials.request(uri())
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).header("Accept", accept)
                .POST(BodyPublishers.ofString(body.toString())).build(), BodyHandlers.ofString());
    }

    private URI uri() {
        return URI.create("http://localhost:" + port + "/api/v1/scores/batch");
    }

    private static List<JsonNode> ndjson(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body().lines().map(JSON::readTree).toList();
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type, String title) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo(type);
        assertThat(problem.get("title").asString()).isEqualTo(title);
    }
}
