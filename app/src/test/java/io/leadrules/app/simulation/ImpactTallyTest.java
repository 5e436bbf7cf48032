package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.simulation.ImpactReport.Transition;
import io.leadrules.rules.evaluation.EngagementResult;
import io.leadrules.rules.evaluation.FitResult;
import io.leadrules.rules.evaluation.LeadEvaluation;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ImpactTallyTest {

    final ImpactTally tally = new ImpactTally();

    @Test
    void aLeadChangesWhenItsScoreGradeTemperatureStageOrPriorityDiffers() {
        LeadEvaluation mql = evaluation(50, "B", "WARM", "MQL", "P3");
        tally.add(UUID.randomUUID(), mql, evaluation(50, "B", "WARM", "MQL", "P3"));
        tally.add(UUID.randomUUID(), mql, evaluation(50, "B", "WARM", "MQL", "P2"));
        tally.add(UUID.randomUUID(), mql, evaluation(50, "A", "WARM", "MQL", "P3"));
        tally.add(UUID.randomUUID(), mql, evaluation(51, "B", "WARM", "MQL", "P3"));
        tally.add(UUID.randomUUID(), evaluation(null, null, null, "INVALID", null),
                evaluation(null, null, null, "INVALID", null));

        ImpactReport report = tally.report();

        assertThat(report.leads()).isEqualTo(5);
        assertThat(report.changed()).isEqualTo(3);
        assertThat(report.before().priority()).containsExactly(Map.entry("P2", 0), Map.entry("P3", 4),
                Map.entry("NONE", 1));
        assertThat(report.after().priority()).containsExactly(Map.entry("P2", 1), Map.entry("P3", 3),
                Map.entry("NONE", 1));
        assertThat(report.transitions().priority()).containsExactly(new Transition("P3", "P2", 1));
        assertThat(report.transitions().grade()).containsExactly(new Transition("B", "A", 1));
        assertThat(report.transitions().stage()).isEmpty();
        assertThat(report.before().temperature()).containsExactly(Map.entry("WARM", 4), Map.entry("NONE", 1));
        assertThat(report.scoreShift().leadsCompared()).isEqualTo(4);
        assertThat(report.scoreShift().max()).isEqualTo(1);
        assertThat(report.topMovers()).hasSize(1);
    }

    @Test
    void nothingComparedIsAnEmptyReport() {
        ImpactReport report = tally.report();

        assertThat(report.leads()).isZero();
        assertThat(report.before().stage()).isEmpty();
        assertThat(report.scoreShift().mean()).isNull();
        assertThat(report.topMovers()).isEmpty();
    }

    static LeadEvaluation evaluation(Integer score, String grade, String temperature, String stage,
                                     String priority) {
        return new LeadEvaluation("1", Instant.parse("2026-11-22T12:00:00Z"), score != null, score, null,
                new FitResult(score, grade, List.of()), new EngagementResult(score, List.of()), temperature, stage,
                null, priority, List.of(), List.of(), List.of());
    }
}
