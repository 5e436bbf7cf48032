package io.leadrules.rules.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class DatasetRejectedRowsTest {

    private static final String HEADER = "id,createdAt,cutoff,outcome,outcomeAt,companySize,annualRevenue,consent,"
            + "activities\n";
    private static final String GOOD = "ok,2026-01-10T09:00:00Z,,WON,,10,100,,EMAIL_OPEN\n";

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of("bad,2026-01-10T09:00:00Z,,WON,,ten,,,", "companySize", "ten", "whole number"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,WON,,,12.000.000,,", "annualRevenue", "12.000.000",
                        "not a number"),
                Arguments.of("bad,2026-13-01,,WON,,,,,", "createdAt", "2026-13-01", "not an instant"),
                Arguments.of("bad,,,WON,,,,,", "createdAt", "", "every row needs"),
                Arguments.of("bad,2026-01-10T09:00:00Z,yesterday,WON,,,,,", "cutoff", "yesterday", "not an instant"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,MAYBE,,,,,", "outcome", "MAYBE", "not an outcome"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,WON,soon,,,,", "outcomeAt", "soon", "not an instant"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,,2026-02-01T00:00:00Z,,,,", "outcomeAt",
                        "2026-02-01T00:00:00Z", "needs an outcome"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,WON,,,,perhaps,", "consent", "perhaps", "yes, no or none"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,WON,,,,,DEMO@yesterday", "activities", "DEMO@yesterday",
                        "'DEMO@yesterday'"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,WON,,,,,page_view", "activities", "page_view",
                        "capitals"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,WON,,,,,PAGE_VIEW x5001", "activities", "PAGE_VIEW x5001",
                        "x5000"),
                Arguments.of("bad,2026-01-10T09:00:00Z,,WON,,,,,,surplus", "J", "surplus", "no header"));
    }

    @ParameterizedTest(name = "{1} = ''{2}''")
    @MethodSource("badCells")
    void aBadCellRejectsItsRowNamingLineColumnAndValueWhileTheOtherRowsAreRead(String bad, String column,
                                                                                String value, String why) {
        DatasetFiles read = DatasetFiles.read(HEADER + GOOD + bad + "\n" + GOOD);

        assertThat(read.rows()).extracting(DatasetRow::line).containsExactly(2, 4);
        assertThat(read.summary().rowsRejected()).isEqualTo(1);
        DatasetProblem problem = read.onlyProblem();
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(column);
        assertThat(problem.value()).isEqualTo(value);
        assertThat(problem.message()).contains(why);
        assertThat(problem.describe()).startsWith("line 3, column " + column + ": '" + value + "'");
    }

    @Test
    void anOverLongCellIsRejectedQuotingOnlyItsStart() {
        String longName = "x".repeat(2_001);

        DatasetFiles read = DatasetFiles.read("createdAt,outcome,firstName\n2026-01-10T09:00:00Z,," + longName + "\n");

        DatasetProblem problem = read.onlyProblem();
        assertThat(problem.column()).isEqualTo("firstName");
        assertThat(problem.message()).contains("longer than 2000 characters");
        assertThat(problem.value()).hasSize(DatasetProblem.MAX_VALUE + 1).endsWith("…");
    }

    @Test
    void moreActivitiesThanTheLimitRejectTheRow() {
        DatasetReader reader = new DatasetReader(new DatasetLimits(2_000, 250_000, 3, 1_000), java.util.List.of());
        byte[] csv = "createdAt,outcome,activities\n2026-01-10T09:00:00Z,,EMAIL_OPEN x2; PAGE_VIEW x2\n"
                .getBytes(StandardCharsets.UTF_8);

        DatasetFiles read = DatasetFiles.read(csv, reader);

        assertThat(read.rows()).isEmpty();
        assertThat(read.onlyProblem().message()).contains("more than 3 events");
    }

    @Test
    void aBadAttributeCellIsRejectedUnderItsHeader() {
        DatasetReader reader = new DatasetReader(DatasetLimits.DEFAULTS, java.util.List.of(
                new io.leadrules.rules.model.AttributeDeclaration("timeOnSite",
                        io.leadrules.rules.model.AttributeType.NUMBER, java.util.List.of(), "seconds", "test")));
        byte[] csv = "createdAt,outcome,attributes.timeOnSite\n2026-01-10T09:00:00Z,,5 min\n"
                .getBytes(StandardCharsets.UTF_8);

        DatasetProblem problem = DatasetFiles.read(csv, reader).onlyProblem();

        assertThat(problem.column()).isEqualTo("attributes.timeOnSite");
        assertThat(problem.value()).isEqualTo("5 min");
        assertThat(problem.message()).contains("cell C2", "declared as");
    }

    @Test
    void aQuoteNeverClosedRejectsTheRestOfTheFileAsOneRow() {
        DatasetFiles read = DatasetFiles.read("createdAt,outcome,company\n2026-01-10T09:00:00Z,,Acme\n"
                + "2026-01-10T09:00:00Z,,\"Open\n2026-01-10T09:00:00Z,,Lost\n");

        assertThat(read.rows()).hasSize(1);
        assertThat(read.onlyProblem().message()).contains("never closed");
        assertThat(read.onlyProblem().line()).isEqualTo(3);
    }

    @Test
    void textAfterAClosingQuoteRejectsTheRow() {
        DatasetFiles read = DatasetFiles.read("createdAt,outcome,company\n2026-01-10T09:00:00Z,,\"Acme\" Inc\n"
                + "2026-01-10T09:00:00Z,,Fine\n");

        assertThat(read.rows()).extracting(row -> row.lead().company()).containsExactly("Fine");
        assertThat(read.onlyProblem().column()).isEqualTo("company");
        assertThat(read.onlyProblem().message()).contains("closing quote");
    }

    @Test
    void theSummaryKeepsTheFirstHundredProblemsAndCountsThemAll() {
        String csv = "createdAt,outcome\n" + "2026-01-10T09:00:00Z,MAYBE\n".repeat(150) + "2026-01-10T09:00:00Z,\n";

        DatasetSummary summary = DatasetFiles.read(csv).summary();

        assertThat(summary.rowsRead()).isEqualTo(151);
        assertThat(summary.rowsAccepted()).isEqualTo(1);
        assertThat(summary.rowsRejected()).isEqualTo(150);
        assertThat(summary.firstProblems()).hasSize(DatasetReader.KEPT_PROBLEMS);
        assertThat(summary.firstProblems().get(99).line()).isEqualTo(101);
    }
}
