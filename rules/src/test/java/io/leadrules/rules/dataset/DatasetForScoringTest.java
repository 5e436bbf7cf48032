package io.leadrules.rules.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetForScoringTest {

    private static final Instant STARTED = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void aScoringFileNeedsNeitherCreationNorOutcome() throws IOException {
        List<Object> handed = read("""
                externalId,email,activities
                crm-1,ana@acme.com,DEMO_REQUESTED@-2d
                """);

        DatasetRow row = (DatasetRow) handed.get(0);
        assertThat(row.lead().externalId()).isEqualTo("crm-1");
        assertThat(row.createdAt()).isNull();
        assertThat(row.asOf()).isNull();
        assertThat(row.activities().get(0).occurredAt()).isEqualTo(STARTED.minus(Duration.ofDays(2)));
    }

    @Test
    void offsetsCountFromTheRowsAsOfWhenItHasNoCreation() throws IOException {
        DatasetRow row = (DatasetRow) read("""
                asOf,activities
                2026-01-10T00:00:00Z,PAGE_VIEW@-1d
                """).get(0);

        assertThat(row.asOf()).isEqualTo(Instant.parse("2026-01-10T00:00:00Z"));
        assertThat(row.activities().get(0).occurredAt()).isEqualTo(Instant.parse("2026-01-09T00:00:00Z"));
    }

    @Test
    void rejectedRowsAreHandedOnInFileOrderWithTheirLine() throws IOException {
        List<Object> handed = read("""
                externalId,companySize,asOf
                a,10,
                b,many,
                c,,not-an-instant
                d,3,
                """);

        assertThat(handed).hasSize(4);
        assertThat(handed.get(1)).isInstanceOfSatisfying(DatasetProblem.class, problem -> {
            assertThat(problem.line()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("companySize");
        });
        assertThat(handed.get(2)).isInstanceOfSatisfying(DatasetProblem.class,
                problem -> assertThat(problem.column()).isEqualTo("asOf"));
        assertThat(((DatasetRow) handed.get(3)).line()).isEqualTo(5);
    }

    @Test
    void checkingTheHeaderPassesAUsableLineOneAndRefusesAnUnknownColumnQuotingIt() {
        DatasetReader reader = DatasetReader.forScoring(DatasetLimits.DEFAULTS, List.of(), STARTED);

        assertThatCode(() -> reader.checkHeader(bytes("externalId,companySize\na,many\n"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> reader.checkHeader(bytes("externalId,shoeSize\na,44\n")))
                .isInstanceOfSatisfying(DatasetFileException.class, e -> assertThat(e.problems())
                        .extracting(DatasetProblem::value).containsExactly("shoeSize"));
    }

    @Test
    void backtestColumnsAreRefusedInAScoringFileAndAsOfInABacktest() {
        assertThatThrownBy(() -> read("externalId,outcome\na,WON\n"))
                .isInstanceOfSatisfying(DatasetFileException.class, e -> assertThat(e.getMessage())
                        .contains("outcome").contains("not read here"));
        assertThatThrownBy(() -> new DatasetReader().read(bytes("createdAt,outcome,asOf\n"), row -> { }))
                .isInstanceOfSatisfying(DatasetFileException.class, e -> assertThat(e.getMessage())
                        .contains("asOf"));
    }

    private static List<Object> read(String csv) throws IOException {
        List<Object> handed = new ArrayList<>();
        DatasetReader.forScoring(DatasetLimits.DEFAULTS, List.of(), STARTED).read(bytes(csv), new DatasetRows() {
            @Override
            public void accepted(DatasetRow row) {
                handed.add(row);
            }

            @Override
            public void rejected(DatasetProblem problem) {
                handed.add(problem);
            }
        });
        return handed;
    }

    private static ByteArrayInputStream bytes(String csv) {
        return new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
    }
}
