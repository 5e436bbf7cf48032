package io.leadrules.rules.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatasetHeaderTest {

    private final List<DatasetRow> handedOn = new ArrayList<>();

    private List<DatasetProblem> refused(String csv) {
        DatasetFileException refused = catchThrowableOfType(DatasetFileException.class,
                () -> new DatasetReader().read(new java.io.ByteArrayInputStream(
                        csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)), handedOn::add));
        assertThat(refused).as("the file is refused").isNotNull();
        assertThat(handedOn).as("no row is handed on before line 1 is accepted").isEmpty();
        return refused.problems();
    }

    @Test
    void anUnknownColumnIsRefusedByNameAndLetter() {
        List<DatasetProblem> problems = refused("createdAt,outcome,expectGrade,favouriteColour\n"
                + "2026-01-10T09:00:00Z,,A,red\n");

        assertThat(problems).extracting(DatasetProblem::column, DatasetProblem::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("C", "expectGrade"),
                org.assertj.core.groups.Tuple.tuple("D", "favouriteColour"));
        assertThat(problems.get(0).message()).contains("unknown column", "createdAt", "activities",
                "attributes.<name>");
    }

    @Test
    void aRepeatedColumnIsRefusedEvenWrittenAnotherWay() {
        List<DatasetProblem> problems = refused("createdAt,outcome,Created At\n");

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo("C");
            assertThat(problem.message()).contains("'createdAt' is already in column A");
        });
    }

    @Test
    void aDatasetWithoutOutcomeOrCreationIsRefused() {
        assertThat(refused("createdAt,company\n2026-01-10T09:00:00Z,Acme\n")).singleElement()
                .extracting(DatasetProblem::message).asString().contains("no 'outcome' column");
        assertThat(refused("outcome,company\nWON,Acme\n")).singleElement()
                .extracting(DatasetProblem::message).asString().contains("no 'createdAt' column");
    }

    @Test
    void aBadAttributeNameOrAMemberWrittenAsAttributeIsRefused() {
        List<DatasetProblem> problems = refused("createdAt,outcome,attributes.Time On Site,attributes.email\n");

        assertThat(problems).extracting(DatasetProblem::column).containsExactly("C", "D");
        assertThat(problems.get(0).message()).contains("does not name an attribute");
        assertThat(problems.get(1).message()).contains("standard member");
    }

    @Test
    void everyHeaderProblemIsReportedAtOnce() {
        assertThat(refused("createdAt,createdAt,name\n")).hasSize(3);
    }

    @Test
    void aHeaderWithTextAfterItsClosingQuoteIsRefusedNotReadAsTheJoinedName() {
        assertThat(refused("createdAt,\"out\"come\n")).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("B");
            assertThat(problem.message()).contains("closing quote");
        });
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refused("")).singleElement().extracting(DatasetProblem::message).asString()
                .contains("the file is empty");
        assertThat(refused("\uFEFF\r\n")).singleElement().extracting(DatasetProblem::message).asString()
                .contains("the file is empty");
    }

    @Test
    void aHeaderThatSplitsAsWellAtBothSeparatorsIsRefused() {
        assertThat(refused("outcome,email;createdAt\n")).singleElement()
                .extracting(DatasetProblem::message).asString().contains("separator cannot be told");
    }

    @Test
    void moreRowsThanTheLimitStopTheReadingAfterTheLimit() {
        DatasetReader reader = new DatasetReader(new DatasetLimits(2_000, 250_000, 5_000, 2), List.of());
        String csv = "createdAt,outcome\n" + "2026-01-10T09:00:00Z,WON\n".repeat(3);

        DatasetFileException refused = catchThrowableOfType(DatasetFileException.class, () -> reader.read(
                new java.io.ByteArrayInputStream(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                handedOn::add));

        assertThat(handedOn).hasSize(2);
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(4);
            assertThat(problem.message()).contains("more than 2 rows");
        });
    }
}
