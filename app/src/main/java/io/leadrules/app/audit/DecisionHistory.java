package io.leadrules.app.audit;

import io.leadrules.app.decision.DecisionDocument;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.LeadProblem;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.system.ProblemException;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the decision records. They stay readable after the lead is erased (pseudonymised by the erasure): they are
 * the audit trail, and an auditor may hold a lead id or a decision id long after the person asked to be forgotten.
 */
@Service
class DecisionHistory {

    private final DecisionStore decisions;
    private final LeadStore leads;
    private final DecisionDocument documents;

    DecisionHistory(DecisionStore decisions, LeadStore leads, DecisionDocument documents) {
        this.decisions = decisions;
        this.leads = leads;
        this.documents = documents;
    }

    /** The lead's decisions, newest first; a 404 problem when no lead, erased or not, has the id. */
    @Transactional(readOnly = true)
    DecisionPage ofLead(UUID leadId, int page, int size) {
        if (!leads.existsById(leadId)) {
            throw new ProblemException(LeadProblem.LEAD_NOT_FOUND, "No lead has the id " + leadId + ".")
                    .with("leadId", leadId);
        }
        List<ObjectNode> items = decisions.findByLeadIdOrderBySequenceNumberDesc(leadId, PageRequest.of(page, size))
                .stream().map(documents::of).toList();
        return new DecisionPage(items, page, size, decisions.countByLeadId(leadId));
    }

    ObjectNode one(UUID decisionId) {
        return documents.of(find(decisionId));
    }

    StoredDecision find(UUID decisionId) {
        return decisions.findById(decisionId).orElseThrow(() -> new ProblemException(AuditProblem.DECISION_NOT_FOUND,
                "No decision has the id " + decisionId + ". A lead's decisions are listed at GET "
                        + "/api/v1/leads/{id}/decisions.").with("decisionId", decisionId));
    }
}
