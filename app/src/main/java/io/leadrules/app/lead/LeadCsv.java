package io.leadrules.app.lead;

import java.util.List;

/**
 * The sales queue as CSV ({@code GET /api/v1/leads} with {@code Accept: text/csv}): one row per lead, the members of
 * {@link LeadSummary} in this order (docs/api.md, "CSV"). Adding a column at the end is compatible; renaming or
 * reordering one is a breaking change.
 */
final class LeadCsv {

    static final List<String> COLUMNS = List.of("id", "externalId", "firstName", "lastName", "email", "company",
            "jobTitle", "score", "grade", "temperature", "stage", "funnelStage", "priority", "rulesetVersion",
            "decidedAt", "createdAt", "updatedAt");

    private LeadCsv() {
    }

    static Object[] cells(LeadSummary lead) {
        return new Object[] {lead.id(), lead.externalId(), lead.firstName(), lead.lastName(), lead.email(),
                lead.company(), lead.jobTitle(), lead.score(), lead.grade(), lead.temperature(), lead.stage(),
                lead.funnelStage(), lead.priority(), lead.rulesetVersion(), lead.decidedAt(), lead.createdAt(),
                lead.updatedAt()};
    }
}
