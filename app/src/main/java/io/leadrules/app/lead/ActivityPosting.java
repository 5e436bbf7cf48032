package io.leadrules.app.lead;

import io.leadrules.app.decision.StoredDecision;
import io.leadrules.app.lead.ActivityIntake.Intake;
import io.leadrules.app.scoring.ActivityData;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /api/v1/leads/{id}/activities}: under the lead's row lock, stores the activities it does not have yet
 * and, if any was new, rescores it. Concurrent posts for one lead wait for each other, so none loses an activity or
 * a decision. A post of nothing but duplicates changes nothing and makes no decision.
 */
@Service
class ActivityPosting {

    private final LeadLookup lookup;
    private final ActivityIntake intake;
    private final LeadDecisions decisions;
    private final Clock clock;

    ActivityPosting(LeadLookup lookup, ActivityIntake intake, LeadDecisions decisions, Clock clock) {
        this.lookup = lookup;
        this.intake = intake;
        this.decisions = decisions;
        this.clock = clock;
    }

    @Transactional
    Posted post(UUID leadId, List<ActivityData> activities) {
        StoredLead lead = lookup.locked(leadId);
        Instant now = clock.instant();
        Intake taken = intake.take(lead, activities, now);
        if (!taken.anyAccepted()) {
            return new Posted(lead, taken, null);
        }
        LeadDecisions.Decided decided = decisions.decide(lead.touched(now));
        return new Posted(decided.lead(), taken, decided.decision());
    }

    /** What was stored, and the decision made because of it ({@code null} when nothing was new). */
    record Posted(StoredLead lead, Intake intake, StoredDecision newDecision) {
    }
}
