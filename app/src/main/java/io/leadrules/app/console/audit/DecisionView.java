package io.leadrules.app.console.audit;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One decision as its page shows it: what was known (the lead's facts and activities exactly as the decision stored
 * them, pseudonymised for an erased lead), what came out, under which rule version, when (UTC, as the API shows
 * instants), and who caused it. Every text is data read from the record; the template only escapes and formats it.
 */
record DecisionView(String id, String leadId, boolean leadErased, LocalDateTime decidedAt, LocalDateTime asOf,
                    String version, String versionLabel, String causedBy, Outcome outcome, List<Fact> facts,
                    List<ActivityRow> activities, List<Dimension> explanation) {

    /** What came out: the headline members of the recorded scoring response. */
    record Outcome(boolean valid, Integer score, Integer fitScore, String grade, Integer engagementScore,
                   String temperature, String stage, String funnelStage, String priority,
                   List<NextStep> nextActions) {
    }

    /** A recommended step, most important first. */
    record NextStep(String code, String content, String reason) {
    }

    /** A member of the lead as the engine saw it ({@code consent.dataProcessing}, {@code attributes.plan}). */
    record Fact(String name, String value) {
    }

    /** An activity as the engine saw it; {@code more} holds its properties as written. */
    record ActivityRow(String id, String type, LocalDateTime occurredAt, String detail, String value, String more) {
    }

    /** The rules that fired in one dimension (FIT, ENGAGEMENT, QUALIFICATION...), and their points. */
    record Dimension(String name, int points, List<Line> lines) {
    }

    /** A rule that fired: its points, its reason, and where it is written. */
    record Line(String ruleId, int points, String reason, int firings, Source source) {
    }

    /**
     * Where a rule is written: a workbook's row (file, sheet, cell; {@code line} null) or a DRL file's line. The page
     * says it as text and links the rendered source at that place.
     */
    record Source(String version, String file, String sheet, String cell, Integer line) {
    }
}
