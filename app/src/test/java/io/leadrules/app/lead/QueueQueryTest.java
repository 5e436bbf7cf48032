package io.leadrules.app.lead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class QueueQueryTest {

    @Test
    void noParametersIsTheDefaultQueue() {
        QueueQuery query = QueueQuery.from(new LinkedMultiValueMap<>());

        assertThat(query.stages()).isEmpty();
        assertThat(query.text()).isNull();
        assertThat(query.paging()).isEqualTo(new QueryParameters.Paging(0, 50));
        assertThat(query.order()).isEqualTo(QueueOrder.PRIORITY);
    }

    @Test
    void filtersAreReadInAnyCaseCommaSeparatedOrRepeated() {
        QueueQuery query = QueueQuery.from(parameters("stage", "sql, mql", "stage", "SQL", "priority", "p1",
                "sort", "-score", "q", "  Acme  ", "page", "3", "size", "200"));

        assertThat(query.stages()).containsExactly("SQL", "MQL");
        assertThat(query.priorities()).containsExactly("P1");
        assertThat(query.order()).isEqualTo(QueueOrder.SCORE_HIGHEST_FIRST);
        assertThat(query.text()).isEqualTo("Acme");
        assertThat(query.paging().offset()).isEqualTo(600);
    }

    @Test
    void aPageFarAwayDoesNotOverflowTheOffset() {
        QueueQuery query = QueueQuery.from(parameters("page", String.valueOf(Integer.MAX_VALUE), "size", "200"));

        assertThat(query.paging().offset()).isEqualTo(Integer.MAX_VALUE * 200L);
    }

    @Test
    void everyBadParameterIsNamed() {
        assertThatThrownBy(() -> QueueQuery.from(parameters("stage", "SQL,WON", "size", "x", "sort", "name",
                "colour", "red")))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.type()).isEqualTo(SystemProblem.INVALID_QUERY);
                    @SuppressWarnings("unchecked")
                    List<FieldProblem> errors = (List<FieldProblem>) problem.properties().get("errors");
                    assertThat(errors).extracting(FieldProblem::field)
                            .containsExactlyInAnyOrder("colour", "stage", "size", "sort");
                    assertThat(problem.getMessage()).contains("stage must be one of SQL, MQL, LEAD, DISQUALIFIED, "
                            + "INVALID, not \"WON\"");
                });
    }

    @Test
    void likeWildcardsAreEscaped() {
        assertThat(LeadQueue.likeEscaped("100%_a\\b")).isEqualTo("100\\%\\_a\\\\b");
    }

    private static MultiValueMap<String, String> parameters(String... namesAndValues) {
        MultiValueMap<String, String> map = new LinkedMultiValueMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
