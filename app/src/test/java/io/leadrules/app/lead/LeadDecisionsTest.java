package io.leadrules.app.lead;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadrules.app.FullServiceTest;
import io.leadrules.app.decision.DecisionSnapshots;
import io.leadrules.app.decision.DecisionStore;
import io.leadrules.app.decision.StoredDecision;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@FullServiceTest
class LeadDecisionsTest {

    @Autowired
    LeadStore leads;
    @Autowired
    ActivityLog activities;
    @Autowired
    LeadDecisions decisions;
    @Autowired
    DecisionStore decisionStore;
    @Autowired
    DecisionSnapshots snapshots;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aStoredLeadIsScoredFromItsStoredActivitiesAndTheDecisionKeepsWhatTheEngineSaw() {
        UUID id = UUID.randomUUID();
        Instant now = Instant.parse("2026-11-22T12:00:00Z");
        LeadDecisions.Decided decided = transactions.execute(tx -> {
            StoredLead lead = leads.save(StoredLead.create(id, marketingDirector(),
                    new StoredConsent(true, false, "2026-01", null), now));
            activities.append(StoredActivity.of(id, "e1", "DEMO_REQUESTED", Instant.parse("2026-11-20T10:00:00Z"),
                    "asked on the pricing page", now));
            return decisions.decide(leads.lockById(lead.id()).orElseThrow(), now);
        });

        assertThat(decided.evaluation().score()).isEqualTo(63);
        StoredLead stored = leads.findById(id).orElseThrow();
        assertThat(stored.current().currentDecisionId()).isEqualTo(decided.decision().id());
        assertThat(stored.current()).extracting(CurrentDecision::score, CurrentDecision::stage,
                CurrentDecision::priority, CurrentDecision::rulesetVersion).containsExactly(63, "SQL", "P1", "1");
        StoredDecision record = decisionStore.findById(decided.decision().id()).orElseThrow();
        assertThat(record.sequenceNumber()).isEqualTo(1);
        assertThat(snapshots.readInput(record.inputSnapshot()))
                .isEqualTo(decisions.inputFor(stored, now));
        assertThat(snapshots.tree(record.result()).get("score").asInt()).isEqualTo(63);
    }

    private static StoredProfile marketingDirector() {
        return StoredProfile.of("crm-42", "Ana", "Garcia", "Ana@Acme-Soft.com", "+34 612 345 678", "Acme Soft",
                "Marketing Director", "SOFTWARE", 250, new BigDecimal("12000000"), "ES", "ORGANIC_SEARCH", "EBOOK",
                "crm-suite");
    }
}
