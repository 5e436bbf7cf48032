package io.leadrules.app.scoring.batch;

/**
 * What a batch answered: lines answered, scored and refused, and the version that scored them. The NDJSON answer
 * ends with it as {@code {"summary": {...}}}; the command shows it on its progress line.
 */
final class BatchTally {

    private final String rulesetVersion;
    private long lines;
    private long errors;

    BatchTally(String rulesetVersion) {
        this.rulesetVersion = rulesetVersion;
    }

    void count(LineAnswer answer) {
        lines++;
        if (answer instanceof LineAnswer.Failed) {
            errors++;
        }
    }

    long lines() {
        return lines;
    }

    long errors() {
        return errors;
    }

    Summary summary() {
        return new Summary(lines, lines - errors, errors, rulesetVersion);
    }

    /** The trailer's content. */
    record Summary(long lines, long scored, long errors, String rulesetVersion) {
    }
}
