package io.leadrules.app.decision;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.EngagementResult;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.FitResult;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.evaluation.NextAction;
import io.leadrules.rules.evaluation.RuleReference;
import io.leadrules.rules.evaluation.ScoreWeights;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mapstruct.factory.Mappers;

class ScoreResponseMapperTest {

    private static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");
    private static final RuleReference CELL = new RuleReference("ProfileFit.drl.xlsx", "Fit", "B15", null);
    private static final RuleReference LINE = new RuleReference("Flow.drl", null, null, 7);

    private final ScoreResponseMapper mapper = Mappers.getMapper(ScoreResponseMapper.class);

    @Test
    void aScoredEvaluationKeepsEveryNumberLabelAndExplanation() {
        LeadEvaluation evaluation = new LeadEvaluation("1", AS_OF, true, 63, new ScoreWeights(50, 50),
                new FitResult(85, "A", List.of(new BreakdownEntry("ROLE", 24, "FIT-ROLE-SENIOR", "Senior leaders",
                        "match 80% of weight 30", CELL))),
                new EngagementResult(40, List.of(new BreakdownEntry("DEMO_REQUESTED", 40, "ENG-DEMO", "Asked",
                        "1 event, 2 days old", null))),
                "WARM", "SQL", "BOFU", "P1",
                List.of(new NextAction("ROUTE_TO_SALES", "Hand to sales", "SQL goes to sales", "ACTION-SQL")),
                List.of(new DataQualityFinding("EMAIL_FREE_DOMAIN", "lead.email", "WARNING", "Free mail", "DQ-FREE")),
                List.of(new FiredRule("FLOW-START", "FLOW-START Check first", "FLOW", 0, "Checks first", LINE, 1)));

        ScoreResponse response = mapper.toResponse(evaluation);

        assertThat(response).isEqualTo(new ScoreResponse("1", AS_OF, true, 63, new ScoreResponse.Weights(50, 50),
                new ScoreResponse.Fit(85, "A", List.of(new ScoreResponse.Points("ROLE", 24, "FIT-ROLE-SENIOR",
                        "Senior leaders", "match 80% of weight 30",
                        new ScoreResponse.Source("ProfileFit.drl.xlsx", "Fit", "B15", null), Map.of()))),
                new ScoreResponse.Engagement(40, List.of(new ScoreResponse.Points("DEMO_REQUESTED", 40, "ENG-DEMO",
                        "Asked", "1 event, 2 days old", null, Map.of()))),
                "WARM", "SQL", "BOFU", "P1",
                List.of(new ScoreResponse.Action("ROUTE_TO_SALES", "Hand to sales", "SQL goes to sales", "ACTION-SQL", Map.of())),
                List.of(new ScoreResponse.Finding("EMAIL_FREE_DOMAIN", "lead.email", "WARNING", "Free mail",
                        "DQ-FREE")),
                List.of(new ScoreResponse.RuleFiring("FLOW-START", "FLOW-START Check first", "FLOW", 0,
                        "Checks first", new ScoreResponse.Source("Flow.drl", null, null, 7), 1, Map.of())), null, null, null));
    }

    @Test
    void anInvalidEvaluationKeepsItsNulls() {
        LeadEvaluation evaluation = new LeadEvaluation("1", AS_OF, false, null, null,
                new FitResult(null, null, List.of()), new EngagementResult(null, List.of()), null, "INVALID", null,
                null, List.of(), List.of(), List.of());

        ScoreResponse response = mapper.toResponse(evaluation);

        assertThat(response.valid()).isFalse();
        assertThat(response.score()).isNull();
        assertThat(response.weights()).isNull();
        assertThat(response.fit()).isEqualTo(new ScoreResponse.Fit(null, null, List.of()));
        assertThat(response.engagement().score()).isNull();
        assertThat(response.temperature()).isNull();
        assertThat(response.funnelStage()).isNull();
        assertThat(response.priority()).isNull();
        assertThat(response.stage()).isEqualTo("INVALID");
    }
}
