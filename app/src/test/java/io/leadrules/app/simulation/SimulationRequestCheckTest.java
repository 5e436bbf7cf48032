package io.leadrules.app.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SimulationRequestCheckTest {

    static final Instant NOW = Instant.parse("2026-11-22T12:00:00.123Z");

    @Test
    void noBodyMeansEveryLeadAsOfNow() {
        SimulationRequestCheck.Checked checked = SimulationRequestCheck.check(null, NOW);

        assertThat(checked).isEqualTo(new SimulationRequestCheck.Checked(NOW, LeadFilter.ALL));
        assertThat(SimulationRequestCheck.check(new SimulationRequest(null, null), NOW)).isEqualTo(checked);
    }

    @Test
    void valuesAreUpperCaseWithoutRepeatsAndSortedSoThatEqualFiltersAreEqual() {
        UUID first = new UUID(0, 1);
        UUID second = new UUID(0, 2);
        LeadFilter given = new LeadFilter(List.of("mql", " SQL ", "MQL", "none"), List.of("hot"), List.of("a"),
                List.of("p1"), List.of("organic_search"), null, null, List.of(second, first, second));

        LeadFilter stored = SimulationRequestCheck.check(new SimulationRequest(null, given), NOW).filter();

        assertThat(stored).isEqualTo(new LeadFilter(List.of("MQL", "NONE", "SQL"), List.of("HOT"), List.of("A"),
                List.of("P1"), List.of("ORGANIC_SEARCH"), null, null, List.of(first, second)));
    }

    @Test
    void asOfIsKeptToTheMillisecondAndMayBeInThePast() {
        Instant past = Instant.parse("2026-10-01T08:00:00.123456Z");

        assertThat(SimulationRequestCheck.check(new SimulationRequest(past, null), NOW).asOf())
                .isEqualTo(Instant.parse("2026-10-01T08:00:00.123Z"));
    }

    @Test
    void everyWrongMemberIsNamedAtOnce() {
        LeadFilter filter = new LeadFilter(List.of("MQL", "MQLL"), List.of(), Arrays.asList("A", null),
                List.of("P5"), List.of("x".repeat(101)), NOW, NOW.minusSeconds(1), null);

        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> SimulationRequestCheck.check(new SimulationRequest(NOW.plusSeconds(60), filter), NOW));

        assertThat(problem.type()).isEqualTo(SystemProblem.INVALID_QUERY);
        assertThat(fields(problem)).containsExactly("asOf", "filter.createdTo", "filter.stages[1]",
                "filter.temperatures", "filter.grades[1]", "filter.priorities[0]", "filter.sources[0]");
        assertThat(problem.getMessage()).contains("filter.stages[1] must be one of SQL, MQL, LEAD, DISQUALIFIED, "
                + "INVALID, NONE, not \"MQLL\"");
    }

    @Test
    void atMostAThousandLeadIdsAndNoneNull() {
        List<UUID> many = IntStream.range(0, 1001).mapToObj(i -> new UUID(0, i)).toList();
        LeadFilter tooMany = new LeadFilter(null, null, null, null, null, null, null, many);
        LeadFilter withNull = new LeadFilter(null, null, null, null, null, null, null,
                Arrays.asList(new UUID(0, 1), null));

        assertThat(fields(catchThrowableOfType(ProblemException.class,
                () -> SimulationRequestCheck.check(new SimulationRequest(null, tooMany), NOW))))
                .containsExactly("filter.leadIds");
        assertThat(fields(catchThrowableOfType(ProblemException.class,
                () -> SimulationRequestCheck.check(new SimulationRequest(null, withNull), NOW))))
                .containsExactly("filter.leadIds[1]");
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ProblemException problem) {
        return ((List<FieldProblem>) problem.properties().get("errors")).stream().map(FieldProblem::field).toList();
    }
}
