package io.leadrules.app.console.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.console.ConsoleSession;
import io.leadrules.app.ruleset.EditedWorkbook;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads the service refuses, as the console shows them: a workbook that does not compile comes back as grids with
 * the error on its cell and nothing stored; markup in cells and sheet names stays text; an unsafe zip is refused as
 * the API refuses it.
 */
@ModelPagesTest
class RefusedUploadTest {

    private static final String PROFILE_FIT = VersionPagesTest.PROFILE_FIT;

    @LocalServerPort
    int port;

    @Test
    void aWordInANumberCellIsShownOnThatCellWithALinkToItAndNothingIsStored() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        String before = versionsTable(editor);
        byte[] broken = EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", "ten")
                .bytes();

        HttpResponse<String> refused = Uploads.upload(editor, PROFILE_FIT, broken);

        assertThat(refused.statusCode()).isEqualTo(422);
        String page = refused.body();
        Matcher cell = Pattern.compile("<td id=\"(w0-s[0-9]+-G15)\" class=\"error\"><span>ten</span>"
                + "<span class=\"cell-message\">([^<]+)</span></td>").matcher(page);
        assertThat(cell.find()).as(page).isTrue();
        assertThat(cell.group(2)).contains("&quot;ten&quot; is not a number");
        assertThat(page).contains("href=\"#" + cell.group(1) + "\"", "ProfileFit.drl.xlsx, sheet Fit, cell G15",
                "nothing was stored");
        assertThat(versionsTable(editor)).isEqualTo(before);
    }

    @Test
    void inSpanishTheErrorOnTheCellAndInTheListIsSpanish() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR").inSpanish();
        byte[] broken = EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", "ten")
                .bytes();

        HttpResponse<String> refused = Uploads.upload(editor, PROFILE_FIT, broken);

        assertThat(refused.statusCode()).isEqualTo(422);
        String page = refused.body();
        Matcher cell = Pattern.compile("<td id=\"(w0-s[0-9]+-G15)\" class=\"error\"><span>ten</span>"
                + "<span class=\"cell-message\">([^<]+)</span></td>").matcher(page);
        assertThat(cell.find()).as(page).isTrue();
        assertThat(cell.group(2)).contains("&quot;ten&quot; no es un número ni el nombre de un parámetro numérico");
        assertThat(page).contains("ProfileFit.drl.xlsx, hoja Fit, celda G15", "1 problema en los archivos de reglas")
                .doesNotContain("is not a number");
    }

    @Test
    void markupInCellsAndSheetNamesIsShownAsText() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        byte[] hostile = EditedWorkbook.shipped(PROFILE_FIT)
                .set("Fit", "FIT-ROLE-SENIOR", "Reason", "<script>alert('cell')</script>")
                .set("Fit", "FIT-ROLE-PRACTITIONER", "Reason", "\"><img src=x onerror=alert(1)>")
                .renameSheet("About", "<img src=x onerror=alert(2)>").bytes();

        HttpResponse<String> answer = Uploads.upload(editor, PROFILE_FIT, hostile);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(302);
        String page = editor.get("/console/rules/" + VersionPagesTest.idIn(answer)).body();
        assertThat(page).contains("&lt;script&gt;alert(&#39;cell&#39;)&lt;/script&gt;",
                "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", "&lt;img src=x onerror=alert(2)&gt;");
        assertThat(page).doesNotContain("<script>alert", "<img src=x");
    }

    @Test
    void markupInABrokenCellIsShownAsTextOnTheRefusedPage() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        byte[] hostile = EditedWorkbook.shipped(PROFILE_FIT)
                .set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", "<script>alert('cell')</script>").bytes();

        HttpResponse<String> refused = Uploads.upload(editor, PROFILE_FIT, hostile);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("&lt;script&gt;alert(&#39;cell&#39;)&lt;/script&gt;", "class=\"error\"")
                .doesNotContain("<script>alert");
    }

    @Test
    void aZipWhoseEntryLeavesItsFolderIsRefusedAsTheApiRefusesIt() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        Map<String, byte[]> entries = Uploads.entries();
        entries.put("../evil.drl", "package leadrules.evil;".getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> refused = Uploads.upload(editor, "Rules.zip", Uploads.zip(entries));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("leaves its folder", "/problems/unsafe-archive");
    }

    @Test
    void aZipBombIsRefusedAsTheApiRefusesIt() {
        ConsoleSession editor = ConsoleSession.signedIn(port, "RULE_EDITOR");
        byte[] fiveMegabytes = new byte[5 * 1024 * 1024];
        Arrays.fill(fiveMegabytes, (byte) ' ');
        Map<String, byte[]> entries = Uploads.entries();
        for (int i = 1; i <= 11; i++) {
            entries.put("R" + i + ".drl", fiveMegabytes);
        }

        HttpResponse<String> refused = Uploads.upload(editor, "Rules.zip", Uploads.zip(entries));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("unpacks to more than 50 MB", "/problems/unsafe-archive");
    }

    /** The versions list without the page around it (its form's CSRF token differs from one answer to the next). */
    private static String versionsTable(ConsoleSession session) {
        String page = session.get("/console/rules").body();
        int start = page.indexOf("<table class=\"data versions\">");
        return page.substring(start, page.indexOf("</table>", start));
    }
}
