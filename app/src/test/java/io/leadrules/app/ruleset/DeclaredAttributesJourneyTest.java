package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Marketing ops declare their own attributes in the Attributes sheet of the shipped Model.drl.xlsx. Once that version
 * is live, requests are checked against its declarations: a wrong type is a 400 naming the attribute, a declared one
 * is scored without a warning, an undeclared one is kept with the warning UNDECLARED_ATTRIBUTE.
 */
@RuleVersionServiceTest
class DeclaredAttributesJourneyTest {

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void theActiveVersionsDeclarationsCheckEveryRequest() {
        try (var restore = api.activeVersionRestoredAfterwards()) {
            JsonNode version = api.uploaded(Map.of("basedOn", "1", "label", "Our own attributes"), model());
            assertThat(version.get("lastTest").get("passed").asBoolean()).isTrue();
            api.activate(version.get("id").asString());

            RuleVersionApi.Answer wrong = api.postJson("/api/v1/scores", request("\"timeOnSite\": \"long\""));
            JsonNode problem = wrong.problem(400, "/problems/invalid-lead");
            assertThat(problem.toString()).contains("lead.attributes.timeOnSite", "number");

            JsonNode declared = api.postJson("/api/v1/scores",
                    request("\"timeOnSite\": 320, \"leadOrigin\": \"API\"")).json(200);
            assertThat(JourneyLeads.findingCodes(declared)).doesNotContain("UNDECLARED_ATTRIBUTE");

            JsonNode undeclared = api.postJson("/api/v1/scores", request("\"favouriteColour\": \"green\"")).json(200);
            assertThat(JourneyLeads.findingCodes(undeclared)).contains("UNDECLARED_ATTRIBUTE");
            assertThat(undeclared.get("score").asInt()).isEqualTo(declared.get("score").asInt());
        }
    }

    private static String request(String attributes) {
        return JourneyLeads.scoreRequest("Marketing Director")
                .replace("\"productInterest\": \"crm-suite\",", "\"productInterest\": \"crm-suite\", \"attributes\": {"
                        + attributes + "},");
    }

    /** The shipped Model.drl.xlsx with two rows in its Attributes sheet (header in row 13, rows from 14). */
    private static UploadFile model() {
        return EditedWorkbook.shipped("Model.drl.xlsx")
                .setCell("Attributes", "B14", "timeOnSite").setCell("Attributes", "C14", "number")
                .setCell("Attributes", "E14", "Seconds on the website")
                .setCell("Attributes", "B15", "leadOrigin").setCell("Attributes", "C15", "text")
                .setCell("Attributes", "D15", "API, Landing Page Submission")
                .setCell("Attributes", "E15", "How they came")
                .file();
    }
}
