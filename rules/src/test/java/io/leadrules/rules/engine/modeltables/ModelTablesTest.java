package io.leadrules.rules.engine.modeltables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leadrules.rules.engine.CompiledRuleSet;
import io.leadrules.rules.engine.RuleFile;
import io.leadrules.rules.engine.RuleSetCompilationException;
import io.leadrules.rules.engine.RuleSetCompiler;
import io.leadrules.rules.evaluation.BreakdownEntry;
import io.leadrules.rules.evaluation.EvaluationInput;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.vocabulary.Activity;
import io.leadrules.rules.vocabulary.Consent;
import io.leadrules.rules.vocabulary.Lead;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTablesTest {

    static final Instant AS_OF = Instant.parse("2026-11-22T12:00:00Z");

    static final String FLOW = """
            package leadrules.flow;
            rule "FLOW-START Score fit, then engagement"
                salience 1000
            when
            then
                drools.setFocus("engagement");
                drools.setFocus("fit");
            end
            """;

    static final String FIT_DRL = """
            package leadrules.fit;
            import io.leadrules.rules.vocabulary.*;
            rule "FIT-BEST The best candidate of each category counts"
                ruleflow-group "fit"
                salience -10
            when
                $best : FitCandidate( $category : category, $points : points )
                not FitCandidate( category == $category, points > $points )
                not FitCandidate( category == $category, points == $points, rule < $best.rule )
            then
                insert(new FitPoints($category, $points, $best.rule(), $best.detail()));
            end
            rule "FIT-SCORE The fit score"
                ruleflow-group "fit"
                salience -20
            when
                accumulate( FitPoints( $points : points ); $sum : sum( $points ) )
            then
                insert(new FitScore(Points.clamp(${fitBaseline} + ((Number) $sum).intValue(), 0, 100), drools.getRule().getName()));
            end
            """;

    /** A file of the rule set shipped before the model tables, under another name: its Decay table ages activities. */
    static RuleFile legacy(String name, String as) {
        try (var in = ModelTablesTest.class.getResourceAsStream("/legacy-ruleset/" + name)) {
            return new RuleFile(as, in.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static RuleFile drl(String name, String text) {
        return new RuleFile(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static RuleFile model(Object[][] parameters, Object[][] attributes, Object[][] mappings) {
        return new ModelWorkbook("Model.drl.xlsx").table("Parameters", "Parameters", parameters)
                .table("Attributes", "Attributes", attributes).table("Mappings", "Mappings", mappings).file();
    }

    static RuleFile fit(Object[][] weights, Object[][] rows) {
        return new ModelWorkbook("ProfileFit.drl.xlsx").table("Weights", "FitWeights", weights)
                .table("Fit", "Fit", rows).file();
    }

    static Object[] row(Object... cells) {
        return cells;
    }

    static Object[][] rows(Object[]... rows) {
        return rows;
    }

    static final Object[][] PARAMETERS = rows(row("fitBaseline", "number", 0, "what every lead starts with"));
    static final Object[][] ATTRIBUTES = rows(
            row("leadOrigin", "text", "API, Landing Page Submission, Lead Add Form", "how the lead reached us"),
            row("timeOnSite", "number", null, "seconds on the website"),
            row("doNotEmail", "yes/no", null, "asked not to be emailed"));
    static final Object[][] MAPPINGS = rows(
            row("MAP-SOURCE-ORGANIC", "source", "google, Organic Search", "ORGANIC_SEARCH", "search engines"));
    static final Object[][] WEIGHTS = rows(
            row("FIT-WEIGHT-ORIGIN", "ORIGIN", 60, "how they reached us"),
            row("FIT-WEIGHT-SOURCE", "SOURCE", 40, "where they came from"),
            row("FIT-WEIGHT-EMAIL", "EMAIL", 0, "may we email them"));
    static final Object[][] FIT_ROWS = rows(
            row("FIT-ORIGIN-FORM", "ORIGIN", "leadOrigin", "is one of", "Lead Add Form", 100, null, "forms convert"),
            row("FIT-ORIGIN-LANDING", "ORIGIN", "leadOrigin", "is one of", "Landing Page Submission", 50, null, "pages"),
            row("FIT-SOURCE-ORGANIC", "SOURCE", "source", "is one of", "ORGANIC_SEARCH", 80, null, "search"),
            row("FIT-EMAIL-NO", "EMAIL", "doNotEmail", "is yes", null, null, -20, "cannot be nurtured"));

    static CompiledRuleSet compile(RuleFile... files) {
        List<RuleFile> all = new ArrayList<>(List.of(drl("Flow.drl", FLOW), drl("ProfileFit.drl", FIT_DRL)));
        all.addAll(Arrays.asList(files));
        return new RuleSetCompiler().compile("t1", all);
    }

    static Lead lead(String source, Map<String, ?> attributes) {
        return new Lead(null, "Ana", "Garcia", "ana@example.com", null, null, null, null, null, null, null, source,
                null, null, new Consent(true, false, "v1", AS_OF)).withAttributes(attributes);
    }

    @Test
    void fitRowsTestDeclaredAttributesAndMappedValuesWithWeightsInlined() {
        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS))) {
            LeadEvaluation evaluation = rules.evaluate(new EvaluationInput(
                    lead("google", Map.of("leadOrigin", "Lead Add Form", "doNotEmail", true)), List.of(), AS_OF));

            assertThat(evaluation.fit().breakdown()).extracting(BreakdownEntry::ruleId, BreakdownEntry::points)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("FIT-ORIGIN-FORM", 60),
                            org.assertj.core.groups.Tuple.tuple("FIT-SOURCE-ORGANIC", 32),
                            org.assertj.core.groups.Tuple.tuple("FIT-EMAIL-NO", -20));
            assertThat(evaluation.fit().score()).isEqualTo(72);
            FiredRule mapping = evaluation.firedRules().get(0);
            assertThat(mapping.ruleId()).isEqualTo("MAP-SOURCE-ORGANIC");
            assertThat(mapping.reason()).isEqualTo("source 'google' is read as ORGANIC_SEARCH");
            assertThat(mapping.source().sheet()).isEqualTo("Mappings");
            assertThat(mapping.source().cell()).isEqualTo("B13");
            assertThat(rules.attributes()).extracting(a -> a.name())
                    .containsExactly("leadOrigin", "timeOnSite", "doNotEmail");
        }
    }

    @Test
    void aCategoryWithoutAMatchingRowEarnsNothingAndSaysSo() {
        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS))) {
            LeadEvaluation evaluation = rules.evaluate(new EvaluationInput(lead("PAID_ADS", Map.of()), List.of(), AS_OF));

            assertThat(evaluation.fit().score()).isZero();
            assertThat(evaluation.dataQuality()).extracting(f -> f.code())
                    .contains("UNKNOWN_ORIGIN", "UNKNOWN_SOURCE", "UNKNOWN_EMAIL");
            assertThat(evaluation.dataQuality()).filteredOn(f -> f.code().equals("UNKNOWN_ORIGIN"))
                    .extracting(f -> f.field()).containsExactly("lead.attributes.leadOrigin");
        }
    }

    @Test
    void numbersBetweenBoundsAndActivityValuesPerUnitAndByWindow() {
        Object[][] weights = rows(row("FIT-WEIGHT-TIME", "TIME", 100, "time on site"));
        Object[][] fitRows = rows(
                row("FIT-TIME-LONG", "TIME", "timeOnSite", "between", "600..", 100, null, "ten minutes or more"),
                row("FIT-TIME-SOME", "TIME", "timeOnSite", "between", "60..600", 40, null, "one to ten minutes"));
        RuleFile engagement = new ModelWorkbook("EngagementPoints.drl.xlsx")
                .table("Points", "ActivityPoints",
                        row("ENG-TIME_ON_SITE", "TIME_ON_SITE", null, 1, 60, 10, "a point a minute, at most 10"),
                        row("ENG-VIDEO_VIEW", "VIDEO_VIEW", 1, null, null, 3, "a video"))
                .table("Windows", "ActivityWindows",
                        row("ENG-WINDOW-FREQUENT", "FREQUENT_VIEWER", "VIDEO_VIEW", "count", 30, 3, null, 7,
                                "three visits in a month"))
                .file();
        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(weights, fitRows),
                engagement, legacy("EngagementPoints.drl.xlsx", "Decay.drl.xlsx"))) {
            List<Activity> activities = List.of(
                    new Activity("a1", "TIME_ON_SITE", AS_OF.minusSeconds(3600), null, new BigDecimal("330"), Map.of()),
                    new Activity("a2", "VIDEO_VIEW", AS_OF.minusSeconds(7200), null),
                    new Activity("a3", "VIDEO_VIEW", AS_OF.minusSeconds(86_400 * 3), null),
                    new Activity("a4", "VIDEO_VIEW", AS_OF.minusSeconds(86_400 * 40), null));
            LeadEvaluation evaluation = rules.evaluate(new EvaluationInput(
                    lead(null, Map.of("timeOnSite", 330)), activities, AS_OF));

            assertThat(evaluation.fit().breakdown()).extracting(BreakdownEntry::ruleId).containsExactly("FIT-TIME-SOME");
            assertThat(evaluation.fit().score()).isEqualTo(40);
            assertThat(evaluation.engagement().breakdown())
                    .extracting(BreakdownEntry::ruleId, BreakdownEntry::points, BreakdownEntry::detail)
                    .contains(org.assertj.core.groups.Tuple.tuple("ENG-TIME_ON_SITE", 6,
                                    "1 event, 0 days old, value 330 at 1 per 60"),
                            org.assertj.core.groups.Tuple.tuple("ENG-VIDEO_VIEW", 3, "3 events, 0 to 40 days old"));
            assertThat(evaluation.firedRules()).extracting(FiredRule::ruleId).doesNotContain("ENG-WINDOW-FREQUENT");
        }
    }

    @Test
    void aCellThatTriesToBeCodeStaysAValue() {
        String hostile = "x\"); java.lang.Runtime.getRuntime().exec(\"id\"); //\\";
        Object[][] fitRows = rows(row("FIT-ORIGIN-X", "ORIGIN", "leadOrigin", "is one of", hostile, 100, null,
                "\"); System.exit(1); //"));
        Object[][] weights = rows(row("FIT-WEIGHT-ORIGIN", "ORIGIN", 100, "origin"));
        try (CompiledRuleSet rules = compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(weights, fitRows))) {
            LeadEvaluation evaluation = rules.evaluate(new EvaluationInput(
                    lead(null, Map.of("leadOrigin", hostile)),
                    List.of(), AS_OF));
            assertThat(evaluation.fit().score()).isEqualTo(100);
        }
    }

    @Test
    void aUnicodeEscapeInACellIsRefusedAtTheCell() {
        Object[][] fitRows = rows(row("FIT-ORIGIN-X", "ORIGIN", "leadOrigin", "is one of", "x\\u0022", 100, null, "r"));
        Object[][] weights = rows(row("FIT-WEIGHT-ORIGIN", "ORIGIN", 100, "origin"));
        assertThatThrownBy(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(weights, fitRows)))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.sheet() + "!" + p.cell()).contains("Fit!F13"));
    }

    @Test
    void everyWrongCellIsNamedAndNothingCompiles() {
        Object[][] fitRows = rows(
                row("FIT-A", "ORIGIN", "leadOrign", "is one of", "API", 100, null, "typo in the field"),
                row("FIT-B", "ORIGIN", "leadOrigin", "is like", "API", 100, null, "unknown test"),
                row("FIT-C", "ORIGIN", "leadOrigin", "is one of", "API", 110, null, "match too high"),
                row("FIT-D", "ORIGIN", "leadOrigin", "is one of", "API", 2.5, null, "decimal match"),
                row("FIT-E", "NOWEIGHT", "leadOrigin", "is one of", "API", 50, null, "category without weight"),
                row("FIT-F", "ORIGIN", "timeOnSite", "between", "ten..20", 50, null, "not a number"));
        Object[][] weights = rows(row("FIT-WEIGHT-ORIGIN", "ORIGIN", 100, "origin"));

        assertThatThrownBy(() -> compile(model(PARAMETERS, ATTRIBUTES, MAPPINGS), fit(weights, fitRows)))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.sheet() + "!" + p.cell())
                        .contains("Fit!D13", "Fit!E14", "Fit!G15", "Fit!G16", "Fit!C17", "Fit!F18"));
    }

    @Test
    void aDrlFileNamingAParameterThatDoesNotExistIsRefusedAtItsLine() {
        assertThatThrownBy(() -> compile(model(rows(), ATTRIBUTES, MAPPINGS), fit(WEIGHTS, FIT_ROWS)))
                .isInstanceOfSatisfying(RuleSetCompilationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("ProfileFit.drl");
                            assertThat(p.line()).isEqualTo(19);
                            assertThat(p.message()).contains("fitBaseline");
                        }));
    }
}
