package io.leadrules.app.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A refused upload says what is wrong with each cell in the language the request asks for: the problem's title,
 * detail and every entry of {@code cells}, found in the sandbox worker and told from the service's own copy of the
 * messages. What the cell holds is shown as typed, whatever it holds.
 */
@RuleVersionServiceTest
class CellMessageLanguagesTest {

    private static final String PROFILE_FIT = "ProfileFit.drl.xlsx";
    private static final String INVALID = "/problems/ruleset-invalid";

    @LocalServerPort
    int port;

    private RuleVersionApi api;

    @BeforeEach
    void client() {
        api = new RuleVersionApi(port);
    }

    @Test
    void aWordInANumberCellIsToldInSpanishWhenTheRequestAsksForSpanish() {
        JsonNode problem = api.uploadIn("es", broken("ten")).problem(422, INVALID);

        JsonNode cell = problem.get("cells").get(0);
        assertThat(cell.get("cell").asString()).isEqualTo("G15");
        assertThat(cell.get("message").asString()).isEqualTo("\"ten\" no es un número ni el nombre de un parámetro "
                + "numérico; escribe dígitos con '.' para los decimales, como 30 o 2.5, sin separador de miles");
        assertThat(problem.get("title").asString()).isEqualTo("El conjunto de reglas no compila");
        assertThat(problem.get("detail").asString()).startsWith("1 problema en los archivos de reglas: "
                + "ProfileFit.drl.xlsx, hoja Fit, celda G15: \"ten\" no es un número").endsWith("no han cambiado.");
        assertThat(cell.propertyNames()).containsExactlyInAnyOrder("file", "sheet", "cell", "line", "message");
    }

    @Test
    void theSameCellIsToldInEnglishWithoutAnAcceptLanguage() {
        JsonNode problem = api.upload(broken("ten")).problem(422, INVALID);

        assertThat(problem.get("cells").get(0).get("message").asString()).isEqualTo("\"ten\" is not a number nor the "
                + "name of a number parameter; write digits with '.' for decimals, such as 30 or 2.5, without "
                + "thousands separators");
        assertThat(problem.get("detail").asString()).startsWith("1 problem in the rule files: ProfileFit.drl.xlsx, "
                + "sheet Fit, cell G15: \"ten\" is not a number").endsWith("the live rules did not change.");
    }

    @Test
    void patternSyntaxInACellIsShownAsTypedInEitherLanguage() {
        String typed = "{0} it's '{1}' {2,number}";

        String spanish = api.uploadIn("es", broken(typed)).problem(422, INVALID).get("cells").get(0).get("message")
                .asString();
        String english = api.upload(broken(typed)).problem(422, INVALID).get("cells").get(0).get("message")
                .asString();

        assertThat(spanish).startsWith("\"" + typed + "\" no es un número");
        assertThat(english).startsWith("\"" + typed + "\" is not a number");
    }

    @Test
    void aVeryLongCellIsNotEchoedButCounted() {
        String typed = "9".repeat(2_500) + "x";

        String spanish = api.uploadIn("es-ES, en;q=0.5", broken(typed)).problem(422, INVALID).get("cells").get(0)
                .get("message").asString();

        assertThat(spanish).isEqualTo("esta celda tiene 2501 caracteres; como mucho 2000");
    }

    private static RuleVersionApi.UploadFile broken(String match) {
        return EditedWorkbook.shipped(PROFILE_FIT).set("Fit", "FIT-ROLE-SENIOR", "Match (0-100)", match).file();
    }
}
