package io.leadrules.app.rescoring;

import java.util.Map;
import java.util.UUID;

/** How far a running job has got: leads processed, changed (stage or temperature) and failed. */
record Progress(int processed, int changed, int failures) {

    static final Progress NONE = new Progress(0, 0, 0);

    /** With the outcomes of a page's leads. */
    Progress with(Map<UUID, LeadRescoring.Outcome> page) {
        Progress progress = this;
        for (LeadRescoring.Outcome outcome : page.values()) {
            progress = progress.with(outcome);
        }
        return progress;
    }

    Progress with(LeadRescoring.Outcome outcome) {
        return switch (outcome) {
            case SKIPPED -> this;
            case UNCHANGED, RESCORED -> new Progress(processed + 1, changed, failures);
            case CHANGED -> new Progress(processed + 1, changed + 1, failures);
            case FAILED -> new Progress(processed + 1, changed, failures + 1);
        };
    }
}
