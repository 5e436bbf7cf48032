package io.leadrules.app.scoring.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.decision.ScoreResponse;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The CSV answer: summary columns, error rows, and the explanation column with explain=full. */
class CsvAnswersTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    @Test
    void explainFullAddsTheFullAnswerAsJsonInItsOwnColumn() throws Exception {
        CsvAnswers csv = new CsvAnswers(bytes, JsonMapper.shared(), true);

        csv.write(new LineAnswer.Full(2, "a", "crm-1", answer()));
        csv.end(new BatchTally("7"));

        List<String> rows = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(rows.get(0)).endsWith(",errorType,errorDetail,explanation");
        assertThat(rows.get(1)).startsWith("2,a,crm-1,true,61,B,WARM,MQL,MOFU,P2,CALL,7,FIT-X ENG-Y,,,\"{")
                .contains("\"\"rulesetStatus\"\":\"\"ACTIVE\"\"");
    }

    @Test
    void anErrorRowNamesItsProblemAndLeavesTheScoreColumnsEmpty() throws Exception {
        CsvAnswers csv = new CsvAnswers(bytes, JsonMapper.shared(), false);

        csv.write(new LineAnswer.Failed(3, "b", "=HYPERLINK(\"x\")", LineProblem.of(BatchProblem.INVALID_ROW,
                "line 3, column companySize: 'many': not a whole number", List.of())));
        csv.end(new BatchTally("7"));

        String row = bytes.toString(StandardCharsets.UTF_8).lines().toList().get(1);
        assertThat(row).isEqualTo("3,b,\"'=HYPERLINK(\"\"x\"\")\",,,,,,,,,,,/problems/invalid-row,"
                + "\"line 3, column companySize: 'many': not a whole number\"");
    }

    private static ScoreResponse answer() {
        return new ScoreResponse("7", Instant.parse("2026-11-22T10:00:00Z"), true, 61, null,
                new ScoreResponse.Fit(70, "B", List.of()), null, "WARM", "MQL", "MOFU", "P2",
                List.of(new ScoreResponse.Action("CALL", "Call them", "hot", "ACTION-1", Map.of())), List.of(),
                List.of(firing("FIT-X"), firing("ENG-Y")), null, null, "ACTIVE");
    }

    private static ScoreResponse.RuleFiring firing(String id) {
        return new ScoreResponse.RuleFiring(id, id, "FIT", 5, "why", null, 1, Map.of());
    }
}
