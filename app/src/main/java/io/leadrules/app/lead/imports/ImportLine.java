package io.leadrules.app.lead.imports;

import io.leadrules.app.lead.LeadRequest;
import io.leadrules.app.system.FieldProblem;
import java.util.List;

/**
 * One line of an import as read: its number (the file's first line is 1) and either the {@code POST /api/v1/leads}
 * body it holds or why it could not be read as one. Any source of lines (NDJSON now, CSV later) hands these to the job.
 */
public record ImportLine(long line, LeadRequest request, List<FieldProblem> problems) {

    public static ImportLine of(long line, LeadRequest request) {
        return new ImportLine(line, request, List.of());
    }

    public static ImportLine unreadable(long line, List<FieldProblem> problems) {
        return new ImportLine(line, null, List.copyOf(problems));
    }

    boolean readable() {
        return request != null;
    }
}
