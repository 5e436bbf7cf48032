package io.leadrules.app.lead.imports;

import io.leadrules.app.lead.BulkLeadRegistration.Outcome;
import io.leadrules.app.lead.imports.LeadImport.LineProblem;
import io.leadrules.app.system.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** What a running import has done so far: lines read, leads created and updated, lines refused and why. */
final class LeadImportTally {

    /** The most problems a job keeps and shows; the count of refused lines goes on. */
    static final int SHOWN_PROBLEMS = 100;

    private final List<LineProblem> problems = new ArrayList<>();
    private long read;
    private long created;
    private long updated;
    private long rejected;

    void read(int lines) {
        read += lines;
    }

    void stored(long line, Outcome outcome) {
        if (!outcome.stored()) {
            rejected(line, outcome.problems());
        } else if (outcome.merged()) {
            updated++;
        } else {
            created++;
        }
    }

    void rejected(long line, List<FieldProblem> lineProblems) {
        rejected++;
        for (FieldProblem problem : lineProblems) {
            if (problems.size() < SHOWN_PROBLEMS) {
                problems.add(new LineProblem(line, problem.field(), problem.message()));
            }
        }
    }

    long linesRead() {
        return read;
    }

    long created() {
        return created;
    }

    long updated() {
        return updated;
    }

    long rejected() {
        return rejected;
    }

    /** The stored and refused counts now, to tell what a page added (LeadImportMetrics). */
    Counts counts() {
        return new Counts(created, updated, rejected);
    }

    record Counts(long created, long updated, long rejected) {
    }

    List<LineProblem> problems() {
        return List.copyOf(problems);
    }
}
