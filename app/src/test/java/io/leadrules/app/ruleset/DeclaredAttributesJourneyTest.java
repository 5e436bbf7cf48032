package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi.UploadFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Marketing ops declare their own attributes in a Model.drl.xlsx beside the shipped workbooks. Once that version is
 * live, requests are checked against its declarations: a wrong type is a 400 naming the attribute, a declared one is
 * scored without a warning, an undeclared one is kept with the warning UNDECLARED_ATTRIBUTE.
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

    /** Model.drl.xlsx with one Attributes table, laid out as the model kinds are (hidden rows 5-11, data from 13). */
    private static UploadFile model() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Attributes");
            cells(sheet.createRow(4), "RuleSet", "leadrules.model");
            cells(sheet.createRow(5), "Template", "1");
            sheet.createRow(7).createCell(1).setCellValue("RuleTable Attributes");
            cells(sheet.createRow(8), null, "ATTRIBUTE", "TYPE", "ALLOWED", "DESCRIPTION");
            cells(sheet.createRow(11), null, "Attribute", "Type", "Allowed values", "Description");
            cells(sheet.createRow(12), null, "timeOnSite", "number", null, "Seconds on the website");
            cells(sheet.createRow(13), null, "leadOrigin", "text", "API, Landing Page Submission", "How they came");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new UploadFile("Model.drl.xlsx", out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cells(Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
