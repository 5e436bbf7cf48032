package io.leadrules.app.console.leads;

import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.CurrentDecision;
import io.leadrules.app.lead.StoredLead;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The current decision as the lead's page shows it: the copy on the lead (score, grade, temperature, stage, funnel,
 * priority, version, when), the decision's id, the next actions and data findings of its stored answer, and its
 * explanation.
 */
public record CurrentDecisionView(StoredDecision decision, CurrentDecision summary, List<NextAction> nextActions,
                                  List<String> findings, Explanation explanation) {

    /** A recommended step: what to do, why, and the link to the rule that says so (or null). */
    public record NextAction(String content, String reason, String ruleId, String href) {
    }

    static CurrentDecisionView of(StoredLead lead, StoredDecision decision, JsonNode result) {
        Explanation explanation = Explanation.of(decision.rulesetVersion(), result);
        List<NextAction> actions = new ArrayList<>();
        for (JsonNode action : result.path("nextActions")) {
            String ruleId = action.path("ruleId").asString("");
            actions.add(new NextAction(action.path("content").asString(""), action.path("reason").asString(""),
                    ruleId, href(decision.rulesetVersion(), result, ruleId)));
        }
        List<String> findings = new ArrayList<>();
        for (JsonNode finding : result.path("dataQuality")) {
            findings.add(finding.path("message").asString(""));
        }
        return new CurrentDecisionView(decision, lead.current(), actions, findings, explanation);
    }

    /** The source link of the fired rule with this id (a next action names its rule by id only). */
    private static String href(String version, JsonNode result, String ruleId) {
        for (JsonNode rule : result.path("firedRules")) {
            if (ruleId.equals(rule.path("ruleId").asString(""))) {
                return SourceLinks.of(version, rule.get("source"));
            }
        }
        return null;
    }
}
