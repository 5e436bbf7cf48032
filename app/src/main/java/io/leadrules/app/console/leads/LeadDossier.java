package io.leadrules.app.console.leads;

import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.DecisionDocument;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.ActivityLog;
import io.leadrules.app.lead.LeadIds;
import io.leadrules.app.lead.LeadLookup;
import io.leadrules.app.lead.LeadProblem;
import io.leadrules.app.lead.StoredActivity;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.system.ProblemException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Everything a lead's page shows, read in a handful of queries whatever the lead's history: the lead, its latest
 * activities and decisions (each list capped: the page is for the recent story; the API pages through all of it),
 * and its current decision's stored answer. An erased lead is not found: the person asked to be forgotten, and a
 * sales page has nothing to show of them (the audit pages still show their pseudonymised decisions).
 */
@Service
class LeadDossier {

    /** Activities on the timeline, newest first. */
    static final int TIMELINE = 50;
    /** Decisions in the chart and the list, newest first. */
    static final int HISTORY = 60;

    private final LeadLookup lookup;
    private final ActivityLog activities;
    private final DecisionStore decisions;
    private final JsonMapper json;
    private final MessageSource messages;
    private final DecisionDocument documents;

    LeadDossier(LeadLookup lookup, ActivityLog activities, DecisionStore decisions, JsonMapper json,
                MessageSource messages, DecisionDocument documents) {
        this.documents = documents;
        this.lookup = lookup;
        this.activities = activities;
        this.decisions = decisions;
        this.json = json;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    LeadPageView of(String rawId, Locale locale) {
        StoredLead lead = found(LeadIds.parse(rawId));
        List<StoredActivity> latest = activities.newest(lead.id(), TIMELINE);
        List<StoredDecision> history = decisions.findByLeadIdOrderBySequenceNumberDesc(lead.id(),
                PageRequest.of(0, HISTORY));
        String chart = ScoreChart.json(json, history, messages.getMessage("leads.lead.score", null, locale), locale,
                ZoneId.systemDefault());
        return new LeadPageView(lead, Attribute.of(json, lead.profile().attributes()), latest,
                latest.size() < TIMELINE ? latest.size() : activities.count(lead.id()), history,
                decisions.countByLeadId(lead.id()), current(lead, history), chart);
    }

    private StoredLead found(UUID id) {
        try {
            return lookup.existing(id);
        } catch (ProblemException problem) {
            if (problem.type() == LeadProblem.LEAD_ERASED) {
                throw new ProblemException(LeadProblem.LEAD_NOT_FOUND, "No lead has the id " + id + ".")
                        .with("leadId", id);
            }
            throw problem;
        }
    }

    /** The lead's current decision, from the list when it is there (it is the newest), else read by its id. */
    private CurrentDecisionView current(StoredLead lead, List<StoredDecision> history) {
        UUID id = lead.currentDecisionId();
        if (id == null) {
            return null;
        }
        StoredDecision decision = history.stream().filter(d -> d.id().equals(id)).findFirst()
                .or(() -> decisions.findById(id)).orElse(null);
        return decision == null ? null : CurrentDecisionView.of(lead, decision, documents.of(decision));
    }
}
