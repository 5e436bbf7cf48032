package io.leadrules.app.console.leads;

import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.StoredActivity;
import io.leadrules.app.lead.StoredLead;
import java.util.List;

/**
 * A lead's page: the lead (profile, consent), its own attributes, its latest activities (newest first) and how many
 * it has, its latest decisions (newest first) and how many, its current decision explained (null before the first),
 * and the score chart's Chart.js config as JSON.
 */
public record LeadPageView(StoredLead lead, List<Attribute> attributes, List<StoredActivity> activities,
                           long activityCount, List<StoredDecision> decisions, long decisionCount,
                           CurrentDecisionView current, String chart) {
}
