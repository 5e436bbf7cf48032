package io.leadrules.rules.scenario;

import io.leadrules.rules.engine.RuleCatalog;
import io.leadrules.rules.evaluation.DataQualityFinding;
import io.leadrules.rules.evaluation.FiredRule;
import io.leadrules.rules.evaluation.LeadEvaluation;
import io.leadrules.rules.evaluation.NextAction;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One thing a scenario expects of the evaluation; it becomes one {@link Check} once the rules have run. */
interface Expectation {

    Check check(LeadEvaluation evaluation, RuleCatalog catalog);

    /** A label or yes/no: equal ignoring case; {@code none} expects no value (null). */
    record Value(ScenarioColumn column, String member, String expected, Function<LeadEvaluation, String> actual)
            implements Expectation {
        @Override
        public Check check(LeadEvaluation evaluation, RuleCatalog catalog) {
            String value = actual.apply(evaluation);
            boolean passed = CellText.isNone(expected) ? value == null : expected.equalsIgnoreCase(value);
            return new Check(column.header(), member, expected, value == null ? CellText.NONE : value, passed);
        }
    }

    /** A score between {@code min} and {@code max}, both included; both null expects no score. */
    record Score(ScenarioColumn column, String member, String expected, Integer min, Integer max,
                 Function<LeadEvaluation, Integer> actual) implements Expectation {
        @Override
        public Check check(LeadEvaluation evaluation, RuleCatalog catalog) {
            Integer value = actual.apply(evaluation);
            boolean passed = min == null ? value == null : value != null && value >= min && value <= max;
            return new Check(column.header(), member, expected, value == null ? CellText.NONE : value.toString(),
                    passed);
        }
    }

    /** The full list of next action codes, in order. */
    record Actions(List<String> codes) implements Expectation {
        @Override
        public Check check(LeadEvaluation evaluation, RuleCatalog catalog) {
            List<String> actual = evaluation.nextActions().stream().map(NextAction::code).toList();
            boolean passed = actual.size() == codes.size();
            for (int i = 0; passed && i < codes.size(); i++) {
                passed = codes.get(i).equalsIgnoreCase(actual.get(i));
            }
            return new Check(ScenarioColumn.EXPECT_NEXT_ACTIONS.header(), "nextActions", joined(codes),
                    joined(actual), passed);
        }
    }

    /** A finding code that must be present; {@code null} expects no finding at all. */
    record Finding(String code) implements Expectation {

        private static final String COLUMN = ScenarioColumn.EXPECT_FINDINGS.header();

        @Override
        public Check check(LeadEvaluation evaluation, RuleCatalog catalog) {
            List<String> codes = evaluation.dataQuality().stream().map(DataQualityFinding::code).toList();
            if (code == null) {
                return new Check(COLUMN, "dataQuality", CellText.NONE, joined(codes), codes.isEmpty());
            }
            boolean present = codes.stream().anyMatch(code::equalsIgnoreCase);
            return new Check(COLUMN, "dataQuality[" + code + "]", "present",
                    present ? "present" : "absent (findings: " + joined(codes) + ")", present);
        }
    }

    /** A rule id that must, or must not, be among the fired rules; an id the rule set does not have fails. */
    record Firing(String ruleId, boolean mustFire) implements Expectation {
        @Override
        public Check check(LeadEvaluation evaluation, RuleCatalog catalog) {
            String column = (mustFire ? ScenarioColumn.MUST_FIRE : ScenarioColumn.MUST_NOT_FIRE).header();
            String member = "firedRules[" + ruleId + "]";
            String expected = mustFire ? "fired" : "not fired";
            if (catalog.rules().stream().noneMatch(rule -> rule.ruleId().equalsIgnoreCase(ruleId))) {
                return new Check(column, member, expected, "no rule of the rule set has this id", false);
            }
            int firings = evaluation.firedRules().stream().filter(rule -> rule.ruleId().equalsIgnoreCase(ruleId))
                    .mapToInt(FiredRule::firings).sum();
            String actual = firings == 0 ? "not fired" : "fired";
            return new Check(column, member, expected, actual, Objects.equals(expected, actual));
        }
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? CellText.NONE : String.join("; ", values);
    }
}
