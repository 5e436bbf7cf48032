package io.leadrules.app.rescoring;

/** How far a running job has got: leads processed, changed (stage or temperature) and failed. */
record Progress(int processed, int changed, int failures) {

    static final Progress NONE = new Progress(0, 0, 0);

    Progress with(LeadRescoring.Outcome outcome) {
        return switch (outcome) {
            case SKIPPED -> this;
            case UNCHANGED, RESCORED -> new Progress(processed + 1, changed, failures);
            case CHANGED -> new Progress(processed + 1, changed + 1, failures);
            case FAILED -> new Progress(processed + 1, changed, failures + 1);
        };
    }
}
