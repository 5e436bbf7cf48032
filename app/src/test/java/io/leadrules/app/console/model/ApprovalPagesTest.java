package io.leadrules.app.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.console.ConsoleSession;
import io.leadrules.app.ruleset.EditedWorkbook;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A change from upload to live over the console: its diff with the changed cell, its scenario report and accepting
 * its results, four eyes (the author asks, cannot approve, a colleague approves on the approval page), and a
 * rollback to version 1, which leaves the context as it found it.
 */
@ModelPagesTest
class ApprovalPagesTest {

    private static final String PROFILE_FIT = VersionPagesTest.PROFILE_FIT;

    @LocalServerPort
    int port;

    @Test
    void aChangeIsComparedTestedAcceptedAndApprovedByASecondEditorThenRolledBack() {
        String author = "author-" + UUID.randomUUID().toString().substring(0, 8);
        ConsoleSession.createUser(port, author, "author-password-1", "RULE_EDITOR");
        ConsoleSession alice = ConsoleSession.anonymous(port);
        alice.signIn(author, "author-password-1");
        byte[] changed = EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", 75).bytes();
        String draft = VersionPagesTest.idIn(Uploads.upload(alice, PROFILE_FIT, changed));

        String diff = alice.get("/console/rules/" + draft + "/diff?against=1").body();
        assertThat(diff).contains("Version " + draft + " compared with version 1", "class=\"changed\"",
                "<span>75</span>", "title=\"was: ");

        String accepted = accepted(alice, draft);
        HttpResponse<String> selfApproval = alice.submit("/console/rules/" + accepted + "/approval",
                "/console/rules/" + accepted + "/activation", Map.of());
        assertThat(selfApproval.statusCode()).isEqualTo(403);
        assertThat(selfApproval.body()).contains(author);
        HttpResponse<String> request = alice.submit("/console/rules/" + accepted,
                "/console/rules/" + accepted + "/activation-request", Map.of());
        assertThat(alice.get(request.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^https?://[^/]+", "")).body())
                .contains("/console/rules/" + accepted + "/approval", "another rule editor approves it");

        ConsoleSession bob = ConsoleSession.signedIn(port, "RULE_EDITOR");
        String approval = bob.get("/console/rules/" + accepted + "/approval").body();
        assertThat(approval).contains("Approve and make live", "class=\"changed\"", "Scenario report",
                "href=\"/console/rules/" + accepted + "/preview\"");
        HttpResponse<String> approved = bob.submit("/console/rules/" + accepted + "/approval",
                "/console/rules/" + accepted + "/activation", Map.of("reviewTag", reviewTag(approval)));
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(302);
        assertThat(bob.get("/console/rules/" + accepted).body()).contains("is live", "badge ACTIVE");

        HttpResponse<String> rollback = bob.submit("/console/rules/1", "/console/rules/1/rollback", Map.of());
        assertThat(rollback.statusCode()).isEqualTo(302);
        assertThat(bob.get("/console/rules/1").body()).contains("Rolled back", "badge ACTIVE");
    }

    @Test
    void theScenarioReportShowsExpectedAndActualAndAnAuditorCannotAccept() {
        ConsoleSession auditor = ConsoleSession.signedIn(port, "AUDITOR");
        String report = auditor.get("/console/rules/1/scenarios").body();

        assertThat(report).contains("Scenarios of version 1", "Expected", "Actual", "badge PASSED")
                .doesNotContain("Accept these results");
        assertThat(auditor.submit("/console/rules/1/scenarios", "/console/rules/1/scenarios/accept", Map.of())
                .statusCode()).isEqualTo(403);
    }

    /** Accepts the draft's scenario results after the confirmation page; the id of the new draft. */
    private static String accepted(ConsoleSession editor, String draft) {
        String scenarios = editor.get("/console/rules/" + draft + "/scenarios").body();
        assertThat(scenarios).contains("Accept these results", "Expected", "Actual");
        String confirm = editor.get("/console/rules/" + draft + "/scenarios/accept").body();
        assertThat(confirm).contains("Yes, accept these results");
        HttpResponse<String> accepted = editor.submit("/console/rules/" + draft + "/scenarios/accept",
                "/console/rules/" + draft + "/scenarios/accept", Map.of());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
        return VersionPagesTest.idIn(accepted);
    }

    private static String reviewTag(String page) {
        Matcher tag = Pattern.compile("name=\"reviewTag\" value=\"([^\"]+)\"").matcher(page);
        assertThat(tag.find()).isTrue();
        return tag.group(1).replace("&quot;", "\"");
    }
}
