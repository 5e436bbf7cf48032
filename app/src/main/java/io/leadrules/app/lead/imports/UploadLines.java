package io.leadrules.app.lead.imports;

import io.leadrules.app.system.ProblemException;

/**
 * Counts the lines of an upload as its bytes stream past, and refuses it at the first line longer than allowed or
 * the first line past the most allowed: a 50 MB line or ten million lines are never read as JSON, never held, and
 * leave no job behind. A final line without a line break counts; an empty body has no line.
 */
final class UploadLines {

    private final long maxLines;
    private final long maxLineBytes;
    private long completed;
    private long current;

    UploadLines(long maxLines, long maxLineBytes) {
        this.maxLines = maxLines;
        this.maxLineBytes = maxLineBytes;
    }

    void count(byte[] bytes, int length) {
        for (int i = 0; i < length; i++) {
            if (bytes[i] == '\n') {
                completed++;
                current = 0;
            } else if (++current > maxLineBytes) {
                throw new ProblemException(LeadImportProblem.LINE_TOO_LONG, "Line " + (completed + 1) + " is longer "
                        + "than " + maxLineBytes + " bytes, the most one lead may take. Nothing was queued.")
                        .with("line", completed + 1).with("maxLineBytes", maxLineBytes);
            }
            if (completed + (current > 0 ? 1 : 0) > maxLines) {
                throw new ProblemException(LeadImportProblem.TOO_MANY_LINES, "The import has more than " + maxLines
                        + " lines. Split it into several imports. Nothing was queued.").with("maxLines", maxLines);
            }
        }
    }

    long total() {
        return completed + (current > 0 ? 1 : 0);
    }
}
