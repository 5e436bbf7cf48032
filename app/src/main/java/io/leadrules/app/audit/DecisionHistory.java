package io.leadrules.app.audit;

import io.leadrules.app.decision.DecisionDocument;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.LeadProblem;
import io.leadrules.app.lead.LeadStore;
import io.leadrules.app.system.Cursor;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
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
public class DecisionHistory {

    private final DecisionStore decisions;
    private final LeadStore leads;
    private final DecisionDocument documents;

    DecisionHistory(DecisionStore decisions, LeadStore leads, DecisionDocument documents) {
        this.decisions = decisions;
        this.leads = leads;
        this.documents = documents;
    }

    /** The list's name in its cursors ({@code system.Cursor}). */
    static final String LIST = "lead-decisions";

    /**
     * The lead's decisions, newest first: page {@code page}, or (when {@code before} is set) the page after the
     * decision numbered {@code before}; with the cursor of the next page, null on the last. A 404 problem when no
     * lead, erased or not, has the id.
     */
    @Transactional(readOnly = true)
    public Paged ofLead(UUID leadId, int page, Long before, int size) {
        if (!leads.existsById(leadId)) {
            throw new ProblemException(LeadProblem.LEAD_NOT_FOUND, ProblemMessage.of("lead-not-found.detail", leadId))
                    .with("leadId", leadId);
        }
        long total = decisions.countByLeadId(leadId);
        List<StoredDecision> rows = before == null
                ? decisions.findByLeadIdOrderBySequenceNumberDesc(leadId, PageRequest.of(page, size))
                : decisions.findByLeadIdAndSequenceNumberLessThanOrderBySequenceNumberDesc(leadId, before,
                        PageRequest.of(0, size + 1));
        List<StoredDecision> shown = rows.subList(0, Math.min(size, rows.size()));
        boolean more = before == null ? total > (long) (page + 1) * size : rows.size() > size;
        String next = more && !shown.isEmpty() ? Cursor.after(LIST, shown.get(shown.size() - 1).sequenceNumber())
                : null;
        List<ObjectNode> items = shown.stream().map(documents::of).toList();
        return new Paged(new DecisionPage(items, before == null ? page : null, size, total, null), next);
    }

    /** A page and the cursor of the next one. */
    public record Paged(DecisionPage page, String next) {
    }

    public ObjectNode one(UUID decisionId) {
        return documents.of(find(decisionId));
    }

    public StoredDecision find(UUID decisionId) {
        return decisions.findById(decisionId).orElseThrow(() -> new ProblemException(AuditProblem.DECISION_NOT_FOUND,
                ProblemMessage.of("decision-not-found.detail", decisionId)).with("decisionId", decisionId));
    }
}
