package io.leadrules.rules.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.vocabulary.Activity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityFileTest {

    private static ActivityFile open(String csv) throws IOException {
        return ActivityFile.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                DatasetLimits.DEFAULTS);
    }

    @Test
    void rowsOutOfTheLeadsOrderAreReportedAtTheirLineWhenTheLeadsEnd() throws IOException {
        ActivityFile file = open("""
                lead,type,occurredAt
                b,PAGE_VIEW,2026-01-02T00:00:00Z
                a,DEMO_REQUESTED,2026-01-01T00:00:00Z
                """);

        assertThat(file.next("a").activities()).isEmpty();
        assertThat(file.next("b").activities()).hasSize(1);
        DatasetProblem left = file.leftOver().orElseThrow();

        assertThat(left.line()).isEqualTo(3);
        assertThat(left.column()).isEqualTo("lead");
        assertThat(left.value()).isEqualTo("a");
        assertThat(left.message()).contains("1 activity rows left", "order of the leads file");
    }

    @Test
    void anActivityForAnUnknownLeadIsLeftOverWithItsLine() throws IOException {
        ActivityFile file = open("""
                lead,type,occurredAt
                a,PAGE_VIEW,2026-01-02T00:00:00Z
                ghost,PAGE_VIEW,2026-01-02T00:00:00Z
                ghost,PAGE_VIEW,2026-01-03T00:00:00Z
                """);

        assertThat(file.next("a").activities()).hasSize(1);

        assertThat(file.leftOver()).get().satisfies(left -> {
            assertThat(left.line()).isEqualTo(3);
            assertThat(left.value()).isEqualTo("ghost");
            assertThat(left.message()).contains("2 activity rows left");
        });
    }

    @Test
    void aTenMegabyteCellIsTheProblemOfItsLeadWithoutBeingKept() throws IOException {
        String huge = "A".repeat(10_000_000);
        ActivityFile file = open("lead,type,occurredAt\na," + huge + ",2026-01-02T00:00:00Z\n"
                + "b,PAGE_VIEW,2026-01-02T00:00:00Z\n");

        ActivityGroup a = file.next("a");

        assertThat(a.problem().line()).isEqualTo(2);
        assertThat(a.problem().column()).isEqualTo("type");
        assertThat(a.problem().message()).contains("longer than 2000 characters");
        assertThat(a.problem().value()).hasSizeLessThan(100);
        assertThat(file.next("b").activities()).hasSize(1);
    }

    @Test
    void aTenMegabyteLeadCellConcernsTheLeadBeingRead() throws IOException {
        ActivityFile file = open("lead,type,occurredAt\n" + "x".repeat(10_000_000)
                + ",PAGE_VIEW,2026-01-02T00:00:00Z\n");

        ActivityGroup a = file.next("a");

        assertThat(a.problem().column()).isEqualTo("lead");
        assertThat(file.leftOver()).isEmpty();
    }

    @Test
    void aFormulaCellIsNotAnActivityType() throws IOException {
        ActivityFile file = open("""
                lead,type,occurredAt
                a,"=cmd|' /C calc'!A0",2026-01-02T00:00:00Z
                """);

        DatasetProblem problem = file.next("a").problem();

        assertThat(problem.column()).isEqualTo("type");
        assertThat(problem.message()).contains("not an activity type");
    }

    @Test
    void aFormulaInAPropertyStaysText() throws IOException {
        ActivityFile file = open("""
                lead,type,occurredAt,properties.page
                a,PAGE_VIEW,2026-01-02T00:00:00Z,=HYPERLINK("http://x")
                """);

        assertThat(file.next("a").activities().get(0).properties()).containsEntry("page", "=HYPERLINK(\"http://x\")");
    }

    @Test
    void aBadInstantOrValueNamesItsLineAndColumn() throws IOException {
        ActivityFile file = open("""
                lead;type;occurredAt;value
                a;PAGE_VIEW;yesterday;
                b;PAGE_VIEW;2026-01-02T00:00:00Z;1,5
                """);

        assertThat(file.next("a").problem()).extracting(DatasetProblem::line, DatasetProblem::column)
                .containsExactly(2, "occurredAt");
        assertThat(file.next("b").problem()).extracting(DatasetProblem::line, DatasetProblem::column)
                .containsExactly(3, "value");
    }

    @Test
    void anUnknownOrMissingColumnRefusesTheFile() {
        assertThatThrownBy(() -> open("lead,kind,occurredAt\n"))
                .isInstanceOfSatisfying(DatasetFileException.class, e -> assertThat(e.problems())
                        .extracting(DatasetProblem::column).contains("B").containsNull());
    }

    @Test
    void moreActivitiesThanALeadMayHaveIsItsProblem() throws IOException {
        ActivityFile file = ActivityFile.open(new ByteArrayInputStream("""
                lead,type,occurredAt
                a,PAGE_VIEW,2026-01-01T00:00:00Z
                a,PAGE_VIEW,2026-01-02T00:00:00Z
                a,PAGE_VIEW,2026-01-03T00:00:00Z
                b,PAGE_VIEW,2026-01-03T00:00:00Z
                """.getBytes(StandardCharsets.UTF_8)), new DatasetLimits(2_000, 250_000, 2, 1_000_000));

        assertThat(file.next("a").problem().line()).isEqualTo(4);
        assertThat(file.next("b").activities()).hasSize(1);
    }

    @Test
    void groupsAreReadInTheLeadsOrderSkippingLeadsWithoutActivities() throws IOException {
        ActivityFile file = open("""
                Lead,TYPE,occurred_at,value,id,properties.page
                a,TIME_ON_SITE,2026-01-01T10:00:00Z,320,e-1,/pricing
                a,DEMO_REQUESTED,2026-01-02T10:00:00+01:00,,,
                c,PAGE_VIEW,2026-01-03T00:00:00Z
                """);

        assertThat(file.next("a").activities()).containsExactly(
                new Activity("e-1", "TIME_ON_SITE", Instant.parse("2026-01-01T10:00:00Z"), null,
                        new BigDecimal("320"), Map.of("page", "/pricing")),
                new Activity("a3", "DEMO_REQUESTED", Instant.parse("2026-01-02T09:00:00Z"), null, null, Map.of()));
        assertThat(file.next("b")).isEqualTo(ActivityGroup.NONE);
        assertThat(file.next("c").activities()).extracting(Activity::type).containsExactly("PAGE_VIEW");
        assertThat(file.leftOver()).isEmpty();
    }
}
