package io.leadrules.rules.scenario;

import static io.leadrules.rules.scenario.ScenarioColumn.*;

import io.leadrules.rules.evaluation.LeadEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the expectation columns of a row; a blank cell is not checked, a malformed one is a {@link RowProblem}. */
final class Expectations {

    private static final Pattern SCORE = Pattern.compile("(\\d{1,3})(?:\\s*(?:-|\u2013|\\.\\.)\\s*(\\d{1,3}))?");

    private Expectations() {
    }

    static List<Expectation> of(ScenarioRow row) {
        List<Expectation> expectations = new ArrayList<>();
        if (row.has(EXPECT_VALID)) {
            boolean valid = CellText.yesNo(EXPECT_VALID, row.text(EXPECT_VALID), true);
            expectations.add(new Expectation.Value(EXPECT_VALID, "valid", valid ? "yes" : "no",
                    e -> e.valid() ? "yes" : "no"));
        }
        value(row, EXPECT_GRADE, "fit.grade", e -> e.fit().grade(), expectations);
        value(row, EXPECT_TEMPERATURE, "temperature", LeadEvaluation::temperature, expectations);
        value(row, EXPECT_STAGE, "stage", LeadEvaluation::stage, expectations);
        value(row, EXPECT_FUNNEL_STAGE, "funnelStage", LeadEvaluation::funnelStage, expectations);
        value(row, EXPECT_PRIORITY, "priority", LeadEvaluation::priority, expectations);
        if (row.has(EXPECT_NEXT_ACTIONS)) {
            expectations.add(new Expectation.Actions(CellText.list(row.text(EXPECT_NEXT_ACTIONS))));
        }
        score(row, EXPECT_SCORE, "score", LeadEvaluation::score, expectations);
        score(row, EXPECT_FIT_SCORE, "fit.score", e -> e.fit().score(), expectations);
        score(row, EXPECT_ENGAGEMENT_SCORE, "engagement.score", e -> e.engagement().score(), expectations);
        findings(row, expectations);
        firings(row, MUST_FIRE, true, expectations);
        firings(row, MUST_NOT_FIRE, false, expectations);
        return expectations;
    }

    private static void value(ScenarioRow row, ScenarioColumn column, String member,
                              Function<LeadEvaluation, String> actual, List<Expectation> expectations) {
        if (row.has(column)) {
            expectations.add(new Expectation.Value(column, member, row.text(column), actual));
        }
    }

    private static void score(ScenarioRow row, ScenarioColumn column, String member,
                              Function<LeadEvaluation, Integer> actual, List<Expectation> expectations) {
        String text = row.text(column);
        if (text.isEmpty()) {
            return;
        }
        if (CellText.isNone(text)) {
            expectations.add(new Expectation.Score(column, member, CellText.NONE, null, null, actual));
            return;
        }
        Matcher matcher = SCORE.matcher(text);
        if (!matcher.matches()) {
            throw new RowProblem(column, "'" + text + "' is not a score: write 63, a range like 60-70, or none");
        }
        int min = Integer.parseInt(matcher.group(1));
        int max = matcher.group(2) == null ? min : Integer.parseInt(matcher.group(2));
        if (min > max) {
            throw new RowProblem(column, "'" + text + "' is a range from high to low: write " + max + "-" + min);
        }
        expectations.add(new Expectation.Score(column, member, text, min, max, actual));
    }

    private static void findings(ScenarioRow row, List<Expectation> expectations) {
        String text = row.text(EXPECT_FINDINGS);
        if (CellText.isNone(text)) {
            expectations.add(new Expectation.Finding(null));
        } else {
            CellText.list(text).forEach(code -> expectations.add(new Expectation.Finding(code)));
        }
    }

    private static void firings(ScenarioRow row, ScenarioColumn column, boolean mustFire,
                                List<Expectation> expectations) {
        for (String ruleId : CellText.list(row.text(column))) {
            if (CellText.isNone(ruleId)) {
                throw new RowProblem(column, "'none' is not a rule id: leave the cell blank to check nothing");
            }
            expectations.add(new Expectation.Firing(ruleId, mustFire));
        }
    }
}
