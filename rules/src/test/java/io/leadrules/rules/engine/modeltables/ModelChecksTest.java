package io.leadrules.rules.engine.modeltables;

import static io.leadrules.rules.engine.modeltables.ModelTablesTest.ATTRIBUTES;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.MAPPINGS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.PARAMETERS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.compile;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.drl;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.fit;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.model;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.row;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompilationException;
import io.leadrules.rules.engine.ValidationWarning;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The model checks, one test each, on small model workbooks (data from row 13, column B first). Weights: B Rule ID,
 * C Category, D Weight. Fit: B Rule ID, C Category, D Field, E Test, F Values, G Match, H Points. Windows: B Rule ID,
 * ... G At least, H Less than. Attributes: B Attribute.
 */
class ModelChecksTest {

    static final Object[][] ORIGIN_WEIGHT = rows(row("FIT-WEIGHT-ORIGIN", "ORIGIN", 100, "origin"));
    static final Object[][] ORIGIN_ROWS = rows(
            row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null, "forms"),
            row("FIT-TIME-ANY", "ORIGIN", "timeOnSite", "is given", null, null, 0, "reads the time"),
            row("FIT-EMAIL-ANY", "ORIGIN", "doNotEmail", "is empty", null, null, 0, "reads the flag"));

    @Test
    void weightsThatDoNotAddUpTo100AreRefusedWithTheSumAndEveryWeightCell() {
        Object[][] weights = rows(
                row("FIT-WEIGHT-ORIGIN", "ORIGIN", 60, "origin"),
                row("FIT-WEIGHT-SOURCE", "SOURCE", 50, "source"),
                row("FIT-WEIGHT-EMAIL", "EMAIL", 0, "a weight 0 is allowed"));
        Object[][] fitRows = rows(
                row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null, "forms"),
                row("FIT-SOURCE-ORGANIC", "SOURCE", "source", "is one of", "ORGANIC_SEARCH", null, 50, "points only"),
                row("FIT-EMAIL-NO", "EMAIL", "doNotEmail", "is yes", null, null, -20, "cannot be emailed"));

        refused(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(weights, fitRows)), problem -> {
            assertThat(problem.sheet() + "!" + problem.cell()).isEqualTo("Weights!D13");
            assertThat(problem.message()).startsWith("the weights add up to 110, not 100: ORIGIN 60 (D13), "
                    + "SOURCE 50 (D14), EMAIL 0 (D15)");
        });
    }

    @Test
    void weightsThatAddUpTo100WithAPointsOnlyCategoryAndAZeroWeightCompile() {
        Object[][] weights = rows(
                row("FIT-WEIGHT-ORIGIN", "ORIGIN", 100, "origin"),
                row("FIT-WEIGHT-EMAIL", "EMAIL", 0, "points only"));
        Object[][] fitRows = rows(
                row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null, "forms"),
                row("FIT-EMAIL-NO", "EMAIL", "doNotEmail", "is yes", null, null, -20, "cannot be emailed"),
                row("FIT-TIME-ANY", "EMAIL", "timeOnSite", "is empty", null, null, 0, "reads the time"));

        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(weights, fitRows))) {
            assertThat(rules.warnings()).isEmpty();
        }
    }

    @Test
    void aWeightOutside0To100IsRefusedAtItsCellEvenWhenTheSumIs100() {
        Object[][] weights = rows(
                row("FIT-WEIGHT-ORIGIN", "ORIGIN", 110, "origin"),
                row("FIT-WEIGHT-EMAIL", "EMAIL", -10, "negative"));

        assertThatThrownBy(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(weights, ORIGIN_ROWS)))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.sheet() + "!" + p.cell(), CompileProblem::message).containsExactly(
                                tuple("Weights!D13", "a weight is between 0 and 100, not 110"),
                                tuple("Weights!D14", "a weight is between 0 and 100, not -10")));
    }

    @Test
    void betweenRowsOnOneFieldThatOverlapAreRefusedAtTheLaterValuesCell() {
        Object[][] fitRows = rows(
                row("FIT-TIME-SOME", "ORIGIN", "timeOnSite", "between", "60..600", 40, null, "a few minutes"),
                row("FIT-TIME-LONG", "ORIGIN", "timeOnSite", "between", "300..", 100, null, "five minutes or more"),
                row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null, "forms"),
                row("FIT-EMAIL-ANY", "ORIGIN", "doNotEmail", "is empty", null, null, 0, "reads the flag"));

        refused(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ORIGIN_WEIGHT, fitRows)), problem -> {
            assertThat(problem.sheet() + "!" + problem.cell()).isEqualTo("Fit!F14");
            assertThat(problem.message()).startsWith("the band 300.. overlaps the band 60..600 of row 13 "
                    + "(FIT-TIME-SOME) on the same field in ORIGIN");
        });
    }

    @Test
    void betweenRowsThatMeetOrLeaveAGapCompile() {
        Object[][] fitRows = rows(
                row("FIT-TIME-SOME", "ORIGIN", "timeOnSite", "between", "60..600", 40, null, "a few minutes"),
                row("FIT-TIME-LONG", "ORIGIN", "timeOnSite", "between", "600..", 100, null, "ten minutes or more"),
                row("FIT-TIME-NONE", "ORIGIN", "timeOnSite", "between", "..30", 10, null, "a glance; 30-59 is a gap"),
                row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null, "forms"),
                row("FIT-EMAIL-ANY", "ORIGIN", "doNotEmail", "is empty", null, null, 0, "reads the flag"));

        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ORIGIN_WEIGHT, fitRows))) {
            assertThat(rules.warnings()).isEmpty();
        }
    }

    @Test
    void activityWindowsOnTheSameActivitiesThatOverlapAreRefusedAtTheLaterAtLeastCell() {
        RuleFile engagement = new ModelWorkbook("EngagementPoints.drl.xlsx")
                .table("Points", "ActivityPoints", row("ENG-VIDEO_VIEW", "VIDEO_VIEW", 1, null, null, 3, "a video"))
                .table("Windows", "ActivityWindows",
                        row("ENG-WINDOW-SOME", "VIEWER", "VIDEO_VIEW, PAGE_VIEW", "count", 30, 3, 10, 5, "some"),
                        row("ENG-WINDOW-MANY", "VIEWER", "PAGE_VIEW,VIDEO_VIEW", "count", 30, 8, null, 9, "many"),
                        row("ENG-WINDOW-WEEK", "VIEWER", "VIDEO_VIEW, PAGE_VIEW", "count", 7, 3, null, 4, "week"),
                        row("ENG-WINDOW-SUM", "VIEWER", "VIDEO_VIEW, PAGE_VIEW", "sum", 30, 3, null, 4, "sum"))
                .file();

        refused(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ORIGIN_WEIGHT, ORIGIN_ROWS), engagement),
                problem -> {
                    assertThat(problem.sheet() + "!" + problem.cell()).isEqualTo("Windows!G14");
                    assertThat(problem.message()).startsWith("the band 8.. overlaps the band 3..10 of row 13 "
                            + "(ENG-WINDOW-SOME), which counts the same activities over the same 30 days");
                });
    }

    @Test
    void aRowThatAnEarlierRowWithAtLeastAsManyPointsAlwaysBeatsIsAWarningAtItsRuleId() {
        Object[][] fitRows = rows(
                row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form, API", 100, null, "forms"),
                row("FIT-ORIGIN-SAME", "ORIGIN", "leadOrigin", "is one of", "api,lead add form", 80, null, "same"),
                row("FIT-ORIGIN-MORE", "ORIGIN", "leadOrigin", "is one of", "API", 100, null, "some of them"),
                row("FIT-TIME-ANY", "ORIGIN", "timeOnSite", "is given", null, 50, null, "any time at all"),
                row("FIT-TIME-LONG", "ORIGIN", "timeOnSite", "between", "600..", 40, null, "fewer points"),
                row("FIT-TIME-SHORT", "ORIGIN", "timeOnSite", "between", "..60", 60, null, "more points: counts"),
                row("FIT-TIME-NONE", "ORIGIN", "timeOnSite", "is empty", null, 10, null, "not given: counts"),
                row("FIT-EMAIL-STAR", "ORIGIN", "doNotEmail", "is one of", "*", null, 0, "any value"),
                row("FIT-EMAIL-YES", "ORIGIN", "doNotEmail", "is yes", null, null, -20, "never counts"));

        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ORIGIN_WEIGHT, fitRows))) {
            assertThat(rules.warnings()).extracting(w -> w.sheet() + "!" + w.cell(), ValidationWarning::ruleId)
                    .containsExactly(tuple("Fit!B14", "FIT-ORIGIN-SAME"),
                            tuple("Fit!B15", "FIT-ORIGIN-MORE"),
                            tuple("Fit!B17", "FIT-TIME-LONG"),
                            tuple("Fit!B21", "FIT-EMAIL-YES"));
            assertThat(rules.warnings().get(2).message()).isEqualTo("row 17 (FIT-TIME-LONG) can never count: "
                    + "row 16 (FIT-TIME-ANY) matches every lead it matches and gives at least as many points (50 "
                    + "against 40); change its test or values, give it more points, or delete it");
        }
    }

    @Test
    void aDeclaredAttributeThatNoRowMappingOrRuleReadsIsAWarningAtItsDeclaration() {
        Object[][] fitRows = rows(
                row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null, "forms"));
        RuleFile readsTheFlag = drl("Flag.drl", """
                package leadrules.flag;
                import io.leadrules.rules.vocabulary.*;
                rule "FLAG-EMAIL A lead who may not be emailed"
                when
                    Lead( yes("doNotEmail") )
                then
                end
                """);

        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ORIGIN_WEIGHT, fitRows),
                readsTheFlag)) {
            assertThat(rules.warnings()).singleElement().satisfies(w -> {
                assertThat(w.sheet() + "!" + w.cell()).isEqualTo("Attributes!B14");
                assertThat(w.message()).startsWith("the attribute timeOnSite is declared but no Fit row, mapping or "
                        + "rule reads it");
            });
        }
    }

    @Test
    void aWeightedCategoryWithoutFitRowsIsAWarningAtItsCategory() {
        Object[][] weights = rows(
                row("FIT-WEIGHT-ORIGIN", "ORIGIN", 70, "origin"),
                row("FIT-WEIGHT-EMAIL", "EMAIL", 30, "nobody wrote its rows"));

        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(weights, ORIGIN_ROWS))) {
            assertThat(rules.warnings()).singleElement().satisfies(w -> {
                assertThat(w.sheet() + "!" + w.cell()).isEqualTo("Weights!C14");
                assertThat(w.ruleId()).isEqualTo("FIT-WEIGHT-EMAIL");
                assertThat(w.message()).startsWith("the category EMAIL has a weight but no row in the Fit table, so "
                        + "every lead gets 0 of its 30 points");
            });
        }
    }

    private static void refused(ThrowingCallable compile, Consumer<CompileProblem> problem) {
        assertThatThrownBy(compile).isInstanceOfSatisfying(RuleSetCompilationException.class,
                e -> assertThat(e.problems()).as(e.problems().toString()).singleElement().satisfies(problem));
    }
}
