package io.leadrules.rules.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each fixture in scenario-dialects/ (see its README) reads to exactly the shipped scenarios. */
class ScenarioDialectsTest {

    private static final String SHIPPED = "/default-ruleset/DefaultScenarios.scenarios.csv";

    @ParameterizedTest
    @ValueSource(strings = {"excel-es-de-fr", "libreoffice-comma", "libreoffice-semicolon", "google-sheets"})
    void aDialectReadsToTheShippedScenarios(String dialect) {
        List<ScenarioRow> shipped = rows(SHIPPED);

        List<ScenarioRow> written = rows("/scenario-dialects/" + dialect + ".scenarios.csv");

        assertThat(shipped).hasSizeGreaterThan(40);
        assertThat(written).isEqualTo(shipped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"excel-es-de-fr", "libreoffice-semicolon"})
    void aSemicolonDialectKeepsTheActivityNotationInsideItsQuotedCell(String dialect) {
        List<ScenarioRow> written = rows("/scenario-dialects/" + dialect + ".scenarios.csv");

        assertThat(written).anySatisfy(row -> assertThat(row.text(ScenarioColumn.ACTIVITIES))
                .isEqualTo("FREE_TRIAL_STARTED@-1d; PRICING_PAGE_VIEW x2@-3d; WEBINAR_ATTENDED@-10d"));
    }

    private static List<ScenarioRow> rows(String resource) {
        return ScenarioSheet.rows(CsvScenarioReader.read("Scenarios.scenarios.csv", bytes(resource)));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ScenarioDialectsTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
