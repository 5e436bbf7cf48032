package io.leadrules.app.lead.imports;

import io.leadrules.app.jobs.JobState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lead import as the API shows it: where the job stands and how far it got. {@code stored} is {@code created}
 * plus {@code updated} (a line whose person was already stored updates them); {@code problems} holds the first
 * {@value LeadImportTally#SHOWN_PROBLEMS} problems of refused lines, in line order, naming the line and the member.
 */
public record LeadImport(UUID id, JobState state, long totalLines, long linesRead, long stored, long created,
                         long updated, long rejected, List<LineProblem> problems, Instant createdAt, String createdBy,
                         Instant finishedAt, String message) {

    static LeadImport queued(UUID id, long totalLines, Instant now, String createdBy) {
        return new LeadImport(id, JobState.QUEUED, totalLines, 0, 0, 0, 0, 0, List.of(), now, createdBy, null, null);
    }

    /** One member of a refused line and what is wrong with it; {@code field} is empty when the whole line is. */
    public record LineProblem(long line, String field, String message) {
    }
}
