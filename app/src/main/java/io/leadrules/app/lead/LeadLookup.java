package io.leadrules.app.lead;

import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finds a lead for an endpoint: an unknown id is a 404 problem, an erased lead a 410 problem. */
@Service
public class LeadLookup {

    private final LeadStore leads;

    LeadLookup(LeadStore leads) {
        this.leads = leads;
    }

    /** The lead, read without a lock. */
    public StoredLead existing(UUID id) {
        return present(id, leads.findById(id));
    }

    /** The lead, with its row lock held until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredLead locked(UUID id) {
        return present(id, leads.lockById(id));
    }

    private static StoredLead present(UUID id, Optional<StoredLead> lead) {
        StoredLead found = lead.orElseThrow(() -> new ProblemException(LeadProblem.LEAD_NOT_FOUND,
                ProblemMessage.of("lead-not-found.detail", id)).with("leadId", id));
        if (found.erased()) {
            throw new ProblemException(LeadProblem.LEAD_ERASED,
                    ProblemMessage.of("lead-erased.detail", id, found.erasedAt())).with("leadId", id);
        }
        return found;
    }
}
