package io.leadrules.app.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.console.ConsoleSession;
import io.leadrules.app.ruleset.EditedWorkbook;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The versions list, the upload, a version's page and a file's page, as each role sees them. */
@ModelPagesTest
class VersionPagesTest {

    static final String PROFILE_FIT = "ProfileFit.drl.xlsx";

    @LocalServerPort
    int port;

    @Test
    void anEditorSeesTheVersionsWithTheUploadFormThatWorksWithoutScript() {
        HttpResponse<String> page = ConsoleSession.signedIn(port, "RULE_EDITOR").get("/console/rules");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Rule versions</h1>", "enctype=\"multipart/form-data\"",
                "class=\"dropzone\" data-input=\"files\"", "type=\"file\" multiple", "name=\"label\"",
                "name=\"basedOn\"", "href=\"/console/rules/1\"", "badge ACTIVE");
    }

    @Test
    void theVersionPageDrawsEachWorkbookWithoutItsHiddenTechnicalRowsAndItsDrlAsNumberedLines() {
        String page = ConsoleSession.signedIn(port, "RULE_EDITOR").get("/console/rules/1").body();

        assertThat(page).contains("Rule version 1", "<table class=\"grid\">", "FIT-ROLE-SENIOR",
                "<span class=\"no\">1</span>", "href=\"/console/rules/1/preview\"", "href=\"/console/rules/1/backtest\"",
                "href=\"/console/rules/1/diff\"", "href=\"/console/sources/1/ProfileFit.drl.xlsx\"");
        String profileFit = section(page, PROFILE_FIT);
        assertThat(profileFit).contains("-r13\"", "Match (0-100)").doesNotContain("-r5\"", "-r9\"");
    }

    @Test
    void anAuditorReadsVersionsWithoutAnyButtonAndItsPostsAreRefused() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        String list = auditor.get("/console/rules").body();
        String version = auditor.get("/console/rules/1").body();

        assertThat(list).contains("Rule versions").doesNotContain("type=\"file\"", "Upload and check");
        assertThat(version).contains("Rule version 1").doesNotContain("Run the scenarios again", "rollback",
                "activation-request");
        HttpResponse<String> refused = auditor.submit("/console/rules/1", "/console/rules/1/test", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void salesIsRefusedTheModelPagesButFollowsAnExplanationToItsHighlightedRow() {
        ConsoleSession sales = ConsoleSession.signedIn(port, "SALES");

        assertThat(sales.get("/console/rules").statusCode()).isEqualTo(403);
        assertThat(sales.get("/console/rules/1").statusCode()).isEqualTo(403);
        HttpResponse<String> row = sales.get("/console/sources/1/" + PROFILE_FIT + "?sheet=Fit&cell=G15");
        assertThat(row.statusCode()).isEqualTo(200);
        assertThat(row.body()).contains("<tr class=\"highlight\"", "id=\"highlight\">", "FIT-ROLE-SENIOR", "href=\"#highlight\"",
                "data-scroll-to=\"highlight\"");
        assertThat(highlightedRow(row.body())).contains(">15<", "FIT-ROLE-SENIOR");
    }

    @Test
    void aDrlLineLeadsToItsRuleHighlighted() {
        ConsoleSession sales = ConsoleSession.signedIn(port, "SALES");
        HttpResponse<String> drl = sales.get("/console/sources/1/LeadScore.drl?line=12");

        assertThat(drl.statusCode()).isEqualTo(200);
        assertThat(drl.body()).contains("<pre class=\"source\">", "id=\"highlight\"", "class=\"line highlight\"");
    }

    @Test
    void aMalformedCellOrAnUnknownFileIsAProblemPage() {
        ConsoleSession sales = ConsoleSession.signedIn(port, "SALES");

        assertThat(sales.get("/console/sources/1/" + PROFILE_FIT + "?sheet=Fit&cell=%3Cscript%3E").statusCode())
                .isEqualTo(400);
        HttpResponse<String> missing = sales.get("/console/sources/1/Nothing.drl");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("notice error");
    }

    @Test
    void anUploadBecomesADraftAndItsPageSaysSo() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        byte[] changed = EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", 75).bytes();

        HttpResponse<String> uploaded = Uploads.upload(editor, PROFILE_FIT, changed);

        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(302);
        String id = idIn(uploaded);
        String page = editor.get("/console/rules/" + id).body();
        assertThat(page).contains("was uploaded as a draft", "badge DRAFT", "Request activation");
        assertThat(editor.get("/console/rules").body()).contains("href=\"/console/rules/" + id + "\"");
    }

    @Test
    void thePagesSpeakSpanish() {
        String page = ConsoleSession.signedIn(port, "RULE_EDITOR").inSpanish().get("/console/rules").body();

        assertThat(page).contains("Versiones de las reglas", "Subir y comprobar");
    }

    static String idIn(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The part of a version page about one file. */
    static String section(String page, String file) {
        int start = page.indexOf("<span>" + file + "</span>");
        assertThat(start).as("a section for " + file).isPositive();
        int end = page.indexOf("<section class=\"file\">", start);
        return page.substring(start, end < 0 ? page.length() : end);
    }

    private static String highlightedRow(String page) {
        int start = page.indexOf("id=\"highlight\"");
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
