package io.leadrules.rules.engine.modeltables;

import static io.leadrules.rules.engine.modeltables.ModelTablesTest.AS_OF;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.ATTRIBUTES;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.MAPPINGS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.PARAMETERS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.WEIGHTS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.FIT_ROWS;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.compile;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.drl;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.fit;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.lead;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.model;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.row;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.rows;
import static io.leadrules.rules.engine.modeltables.ModelTablesTest.legacy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.engine.CompileProblem;
import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompilationException;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Activity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Attacks on the model tables (issue 9) that the hostile corpus does not try: a cell is a value, whatever it holds
 * and wherever a rule uses it, and every wrong cell is a problem named at that cell, never an exception.
 */
class ModelTablesAttackTest {

    private static final Object[][] ONE_WEIGHT = rows(row("FIT-WEIGHT-ORIGIN", "ORIGIN", 100, "origin"));
    private static final Object[][] ONE_FIT_ROW = rows(
            row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null, "forms"));

    static Object[][] parameters(Object[]... extra) {
        List<Object[]> all = new ArrayList<>(List.of(PARAMETERS));
        all.addAll(List.of(extra));
        return all.toArray(Object[][]::new);
    }

    static void refusedAt(Runnable compile, Consumer<CompileProblem> problem) {
        assertThatThrownBy(compile::run).isInstanceOfSatisfying(RuleSetCompilationException.class,
                e -> assertThat(e.problems()).anySatisfy(problem));
    }

    static RuleFile engagement(Object[]... points) {
        return new ModelWorkbook("EngagementPoints.drl.xlsx").table("Points", "ActivityPoints", points).file();
    }

    // --- parameters inlined into DRL files ---

    @Test
    void aTextParameterCannotCloseTheBlockCommentItIsNamedInAndAddARule() {
        Object[][] parameters = parameters(row("tag", "text", "*/ rule INJECTED when then end /*", "a tag"));
        String rules = """
                package leadrules.fit;
                /* the tag is ${tag} */
                rule "FIT-NOTE A note"
                when
                then
                end
                """;
        try (CompiledRuleSet compiled = compile(model(parameters, ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS),
                drl("Note.drl", rules))) {
            assertThat(compiled.catalog().rules()).extracting(r -> r.name()).doesNotContain("INJECTED");
        }
    }

    @Test
    void aTextParameterInsideQuotesIsRefusedAtItsLineRatherThanClosingThem() {
        Object[][] parameters = parameters(row("tag", "text", "+ drools.getRule().getName() +", "a tag"));
        String rules = """
                package leadrules.fit;
                import io.leadrules.rules.vocabulary.*;
                rule "FIT-NOTE A note"
                    ruleflow-group "fit"
                when
                then
                    insert(new Finding("NOTE", "lead", Severity.INFO, "tag ${tag}", drools.getRule().getName()));
                end
                """;
        refusedAt(() -> compile(model(parameters, ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS),
                drl("Note.drl", rules)), p -> {
                    assertThat(p.file()).isEqualTo("Note.drl");
                    assertThat(p.line()).isEqualTo(7);
                    assertThat(p.message()).contains("tag", "quotes");
                });
    }

    @Test
    void aNestedReferenceIsRefusedAtItsLine() {
        ModelTranslation translation = translation("x", "fitBaseline");
        List<CompileProblem> problems = new ArrayList<>();

        translation.substitute("A.drl", "rule \"A\" when then int x = ${${x}}; end", problems);

        assertThat(problems).extracting(CompileProblem::line).containsExactly(1);
    }

    @Test
    void aParameterValueThatNamesAnotherParameterIsInlinedOnceAsText() {
        ModelTranslation translation = translation("a", "${b}", "b", "*/ evil");
        List<CompileProblem> problems = new ArrayList<>();

        String drl = translation.substitute("A.drl", "x = ${a}; // ${b}\n/* ${b} */ y = ${b};", problems);

        assertThat(problems).isEmpty();
        assertThat(drl).isEqualTo("x = \"${b}\"; // ${b}\n/* ${b} */ y = \"*/ evil\";");
    }

    @Test
    void quotesEscapesAndCommentMarkersInsideStringsDoNotHideAReference() {
        ModelTranslation translation = translation("a", "v");
        List<CompileProblem> problems = new ArrayList<>();

        String drl = translation.substitute("A.drl", "s = \"a\\\" /* // \" + ${a} + '\"' + ${a};", problems);

        assertThat(problems).isEmpty();
        assertThat(drl).isEqualTo("s = \"a\\\" /* // \" + \"v\" + '\"' + \"v\";");
    }

    /** Derived (list) parameters: their literal is the quoted, escaped text, as a text parameter's. */
    private static ModelTranslation translation(String... namesAndValues) {
        Parameters parameters = new Parameters();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.derive(namesAndValues[i], List.of(namesAndValues[i + 1]), "a test");
        }
        return new ModelTranslation(List.of(), List.of(), FieldMappings.NONE, parameters, List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"knownActivityTypes", "positiveActivityTypes", "declaredAttributes"})
    void aParametersRowCannotSetAParameterWorkedOutFromTheTables(String name) {
        Object[][] parameters = parameters(row(name, "list", "EVIL\"); System.exit(0); //", "a derived name"));
        refusedAt(() -> compile(model(parameters, ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS)),
                p -> assertThat(p.sheet() + "!" + p.cell()).isEqualTo("Parameters!B14"));
    }

    // --- cells that try to be names or code ---

    @ParameterizedTest
    @ValueSource(strings = {"FIT A", "FIT\"A", "FIT*/A", "FIT\nA", "FIT;A", "FIT$A", "FIT\u00a0A"})
    void aRuleIdThatWouldBreakTheRuleNameOrItsMarkerIsRefusedAtItsCell(String id) {
        Object[][] fitRows = rows(row(id, "ORIGIN", "leadOrigin", "is one of", "API", 100, null, "r"));
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ONE_WEIGHT, fitRows)),
                p -> assertThat(p.sheet() + "!" + p.cell()).isEqualTo("Fit!B13"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lead.jobTitle", "jobTitle()", "email; System.exit(0)", "getClass().getName()",
            "consent", "attributes"})
    void aFieldThatIsAnExpressionIsRefusedAtItsCell(String field) {
        Object[][] fitRows = rows(row("FIT-X", "ORIGIN", field, "is one of", "API", 100, null, "r"));
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ONE_WEIGHT, fitRows)),
                p -> assertThat(p.sheet() + "!" + p.cell()).isEqualTo("Fit!D13"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"class", "getClass", "hashCode", "toString", "wait", "notify"})
    void anAttributeNamedLikeAJavaMemberIsAPlainName(String name) {
        Object[][] attributes = rows(row(name, "text", null, "a name Java also uses"));
        Object[][] fitRows = rows(row("FIT-X", "ORIGIN", name, "is one of", "yes", 100, null, "r"));
        try (CompiledRuleSet rules = compile(model(PARAMETERS, attributes, rows()), fit(ONE_WEIGHT, fitRows))) {
            LeadEvaluation evaluation = rules.evaluate(new EvaluationInput(lead(null, Map.of(name, "yes")), List.of(),
                    AS_OF));
            assertThat(evaluation.fit().score()).isEqualTo(100);
        }
    }

    // --- mappings ---

    @ParameterizedTest
    @ValueSource(strings = {"email", "externalId", "phone", "emailDomain"})
    void aMappingCannotRewriteWhoTheLeadIs(String field) {
        Object[][] mappings = rows(row("MAP-WHO", field, "ana@example.com, x", "boss@example.com", "become another"));
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, mappings), fit(WEIGHTS, FIT_ROWS)),
                p -> assertThat(p.sheet() + "!" + p.cell()).isEqualTo("Mappings!C13"));
    }

    @Test
    void aMappedValueIsAValueAndIsReadOnceNeverThroughAnotherRow() {
        String hostile = "x\"); System.exit(1); //";
        Object[][] mappings = rows(
                row("MAP-A", "source", "google", hostile, "to a hostile text"),
                row("MAP-B", "source", "other", "google", "to what another row maps"));
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, mappings), fit(WEIGHTS, FIT_ROWS)),
                p -> assertThat(p.sheet() + "!" + p.cell()).isEqualTo("Mappings!E14"));
    }

    // --- sheets and technical rows ---

    @Test
    void twoModelTablesOnOneSheetAreRefusedAtTheSheet() {
        RuleFile both = TwoTables.onOneSheet(fit(ONE_WEIGHT, ONE_FIT_ROW));
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), both),
                p -> assertThat(p.message()).contains("sheet"));
    }

    @Test
    void aModelTableWithAnotherTemplateVersionIsRefusedAtTheTemplateCell() {
        RuleFile file = TwoTables.withSetting(fit(ONE_WEIGHT, ONE_FIT_ROW), "Fit", 5, "2");
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), file),
                p -> assertThat(p.sheet() + "!" + p.cell()).isEqualTo("Fit!B6"));
    }

    @Test
    void aModelTableMovedToAnotherPackageDoesNotBecomeItsRules() {
        RuleFile file = TwoTables.withSetting(fit(ONE_WEIGHT, ONE_FIT_ROW), "Fit", 4, "leadrules.validity");
        assertThatThrownBy(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), file))
                .isInstanceOf(RuleSetCompilationException.class);
    }

    // --- numbers at their limits ---

    @ParameterizedTest
    @ValueSource(strings = {"3000000000", "99999999999", "-3000000000"})
    void aPointsCellBeyondTheWholeNumbersIsAProblemAtItsCellNeverAnException(String perEvent) {
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS),
                        engagement(row("ENG-VISIT", "VISIT", perEvent, null, null, null, "a visit"))), p -> {
                    assertThat(p.sheet() + "!" + p.cell()).isEqualTo("Points!D13");
                    assertThat(p.message()).contains("too far from 0");
                });
    }

    @Test
    void aTypeWhosePointsPerEventAreANumberParameterCountsAsEarningPoints() {
        Object[][] parameters = parameters(row("visitPoints", "number", 5, "points a visit earns"));
        List<CompileProblem> problems = new ArrayList<>();
        List<io.leadrules.rules.engine.DecisionTable> tables = new ArrayList<>();
        for (RuleFile file : List.of(model(parameters, ATTRIBUTES, MAPPINGS),
                engagement(row("ENG-VISIT", "VISIT", "visitPoints", null, null, null, "a visit")))) {
            tables.addAll(io.leadrules.rules.engine.DecisionTableWorkbook.open(file).tables());
        }
        ModelTranslation translation = ModelTables.translate(tables, problems);

        assertThat(problems).isEmpty();
        assertThat(translation.substitute("A.drl", "x = ${positiveActivityTypes};", problems)).isEqualTo("x = \"VISIT\";");
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "1e-300", "2147483648", "0x10"})
    void aWindowCellThatIsNotAPlainNumberIsAProblemAtItsCell(String value) {
        RuleFile windows = new ModelWorkbook("EngagementPoints.drl.xlsx").table("Windows", "ActivityWindows",
                row("ENG-W", "FREQUENT", "VISIT", "count", value, value, null, 5, "often")).file();
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS), windows),
                p -> assertThat(p.sheet() + "!" + p.cell()).isIn("Windows!F13", "Windows!G13"));
    }

    @Test
    void aHugeActivityValueNeverTurnsAnUncappedLineNegative() {
        RuleFile points = engagement(row("ENG-TIME", "TIME_ON_SITE", null, 1, 60, null, "a point a minute"));
        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS), points,
                legacy("EngagementPoints.drl.xlsx", "Decay.drl.xlsx"), legacy("Engagement.drl", "Engagement.drl"))) {
            List<Activity> activities = List.of(new Activity("a1", "TIME_ON_SITE", AS_OF.minusSeconds(60), null,
                    new BigDecimal("1000000000000"), Map.of()));
            LeadEvaluation evaluation = rules.evaluate(new EvaluationInput(lead(null, Map.of()), activities, AS_OF));

            assertThat(evaluation.engagement().breakdown()).filteredOn(b -> b.ruleId().equals("ENG-TIME"))
                    .allSatisfy(b -> assertThat(b.points()).isPositive());
            assertThat(evaluation.engagement().score()).isEqualTo(100);
        }
    }

    // --- size ---

    @Test
    void theRuleCapCountsTheRulesWrittenFromTheTables() {
        Object[][] fitRows = new Object[2_001][];
        for (int i = 0; i < fitRows.length; i++) {
            fitRows[i] = row("FIT-R" + i, "ORIGIN", "leadOrigin", "is one of", "v" + i, 100, null, "r");
        }
        refusedAt(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ONE_WEIGHT, fitRows)),
                p -> assertThat(p.message()).contains("2005 rules", "at most 2000"));
    }

    @Test
    void aLongCellOnManyLinesIsNamedOnceInAShortMessage() {
        String huge = "x".repeat(30_000) + "\nmore";
        Object[][] fitRows = rows(row("FIT-X", "ORIGIN", "leadOrigin", "is one of", huge, 100, null, "r"));
        assertThatThrownBy(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(ONE_WEIGHT, fitRows)))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .filteredOn(p -> "F13".equals(p.cell())).singleElement()
                        .satisfies(p -> assertThat(p.message()).hasSizeLessThan(300).contains("one line")));
    }
}
