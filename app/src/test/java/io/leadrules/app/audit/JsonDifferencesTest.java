package io.leadrules.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class JsonDifferencesTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void identicalDocumentsHaveNoDifferences() {
        String document = "{\"score\": 63, \"fit\": {\"breakdown\": [{\"points\": 24}]}, \"priority\": null}";

        assertThat(JsonDifferences.between(json.readTree(document), json.readTree(document))).isEmpty();
    }

    @Test
    void everyDifferenceIsNamedByItsPath() {
        var differences = JsonDifferences.between(
                json.readTree("{\"score\": 63, \"fit\": {\"breakdown\": [{\"points\": 24}, {\"points\": 7}]},"
                        + " \"priority\": null, \"gone\": 1}"),
                json.readTree("{\"score\": \"63\", \"fit\": {\"breakdown\": [{\"points\": 25}]},"
                        + " \"priority\": \"P1\", \"added\": true}"));

        assertThat(differences).extracting(d -> d.path() + " " + d.recorded() + " -> " + d.replayed())
                .containsExactly("score 63 -> \"63\"", "fit.breakdown[0].points 24 -> 25",
                        "fit.breakdown[1] {\"points\":7} -> null", "priority null -> \"P1\"", "gone 1 -> null",
                        "added null -> true");
    }
}
