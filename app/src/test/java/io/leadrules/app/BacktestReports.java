package io.leadrules.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.ruleset.RuleVersionApi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** What the backtest journeys share: following a backtest to its end, and finding a rule in a report. */
final class BacktestReports {

    /** Long enough for a few hundred leads on the slowest machine; a test fails only if a backtest never ends. */
    static final Duration PATIENCE = Duration.ofSeconds(120);

    private BacktestReports() {
    }

    /** The backtest once it has ended, asserted DONE. */
    static JsonNode done(RuleVersionApi api, JsonNode job) {
        JsonNode now = ended(api, job.get("id").asString());
        assertThat(now.get("state").asString()).as(now.toString()).isEqualTo("DONE");
        return now;
    }

    /** The backtest once it has ended (or is still running after {@link #PATIENCE}), whatever its state. */
    static JsonNode ended(RuleVersionApi api, String id) {
        String path = "/api/v1/backtests/" + id;
        Instant giveUp = Instant.now().plus(PATIENCE);
        JsonNode now = api.get(path).json(200);
        while (List.of("QUEUED", "RUNNING").contains(now.get("state").asString()) && Instant.now().isBefore(giveUp)) {
            Thread.onSpinWait();
            now = api.get(path).json(200);
        }
        return now;
    }

    /** A rule's row of one side of a report. */
    static JsonNode rule(JsonNode side, String ruleId) {
        for (JsonNode rule : side.get("rules")) {
            if (rule.get("ruleId").asString().equals(ruleId)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + ruleId + " in the report of version " + side.get("rulesetVersion"));
    }
}
