package io.leadrules.app.rescoring;

import io.leadrules.app.decision.DecisionDraft;
import io.leadrules.app.decision.PageDecisions;
import io.leadrules.app.lead.LeadDecisions;
import io.leadrules.app.lead.StoredLead;
import io.leadrules.app.rescoring.PageRescoring.Rescored;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a page's changed decisions in one transaction: the leads' current-decision columns first, each only if the
 * lead is still the version that was evaluated (which also takes its row lock), then the decisions of the leads
 * updated and their audit entries, each step one JDBC batch. Answers the leads that still need rescoring alone: those
 * changed since they were read, or the whole page's changed leads when the page's transaction failed.
 */
@Component
class PageWrite {

    private static final Logger log = LoggerFactory.getLogger(PageWrite.class);

    private final TransactionTemplate transactions;
    private final LeadDecisions leads;
    private final PageDecisions decisions;

    PageWrite(TransactionTemplate transactions, LeadDecisions leads, PageDecisions decisions) {
        this.transactions = transactions;
        this.leads = leads;
        this.decisions = decisions;
    }

    /** Writes what changed; answers the ids of the leads to rescore alone. */
    List<UUID> changed(List<Rescored> page) {
        List<Rescored> changed = page.stream().filter(lead -> lead.draft() != null).toList();
        if (changed.isEmpty()) {
            return List.of();
        }
        try {
            return transactions.execute(tx -> write(changed));
        } catch (RuntimeException e) {
            log.warn("Writing a page of {} rescored leads failed; each is rescored alone", changed.size(), e);
            return changed.stream().map(lead -> lead.lead().id()).toList();
        }
    }

    private List<UUID> write(List<Rescored> changed) {
        List<StoredLead> read = changed.stream().map(Rescored::lead).toList();
        List<DecisionDraft> drafts = changed.stream().map(Rescored::draft).toList();
        boolean[] copied = leads.makeCurrentIfUnchanged(read, drafts);
        List<DecisionDraft> current = new ArrayList<>();
        List<UUID> stale = new ArrayList<>();
        for (int i = 0; i < copied.length; i++) {
            if (copied[i]) {
                current.add(drafts.get(i));
            } else {
                stale.add(read.get(i).id());
            }
        }
        decisions.record(current);
        return stale;
    }
}
