package io.leadrules.app.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@code GET /api/v1/audit/verification}: whether everything checked matches, how many records were
 * checked (entries, blocks, decisions, rule files and versions), and else the first record that does not match.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(boolean valid, long checked, Mismatch firstMismatch) {

    /**
     * A record that does not match: {@code record} is {@code audit-entry} (id = its sequence number), {@code block},
     * {@code head-file}, {@code decision}, {@code rule-file} (id = version/name) or {@code rule-version}.
     */
    public record Mismatch(String record, String id, String reason) {
    }

    /** Counts what a check looked at, for the answer's {@code checked}. */
    static final class Tally {

        private long checked;

        void add(long count) {
            checked += count;
        }

        long checked() {
            return checked;
        }
    }
}
