package io.leadrules.app.scoring.batch;

import io.leadrules.rules.evaluation.EvaluationInput;

/** One line of a batch as read: a lead ready to score, or the problem that keeps it from being scored. */
sealed interface BatchItem {

    /** The line number in the file (CSV: as a spreadsheet app shows it, the header being line 1). */
    int line();

    /** The CSV row's {@code id} cell (its line number when it has none); null for NDJSON. */
    String id();

    /** About how many characters the item holds in memory, for cutting chunks ({@link ChunkedScoring}). */
    default int weight() {
        return 100;
    }

    /** An NDJSON line not parsed yet: the workers parse it, so that the reading thread only splits lines. */
    record Unread(int line, String text) implements BatchItem {

        @Override
        public int weight() {
            return text.length();
        }

        @Override
        public String id() {
            return null;
        }
    }

    record Scorable(int line, String id, EvaluationInput input) implements BatchItem {

        /** A parsed activity holds about what 100 characters of its line did. */
        @Override
        public int weight() {
            return 100 * (1 + input.activities().size());
        }
    }

    record Refused(int line, String id, String externalId, LineProblem problem) implements BatchItem {
    }
}
