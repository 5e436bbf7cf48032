package io.leadrules.app.simulation;

import io.leadrules.rules.evaluation.LeadEvaluation;

/**
 * What one evaluation decided about a lead, as far as an impact report compares it. An INVALID lead has no score,
 * temperature or priority (and no grade when its fit was not scored): those are null.
 */
record Outcome(Integer score, String grade, String temperature, String stage, String priority) {

    static Outcome of(LeadEvaluation evaluation) {
        String grade = evaluation.fit() == null ? null : evaluation.fit().grade();
        return new Outcome(evaluation.score(), grade, evaluation.temperature(), evaluation.stage(),
                evaluation.priority());
    }

    /** The value of one dimension: grade, temperature, stage or priority. */
    String value(Dimension dimension) {
        return switch (dimension) {
            case GRADE -> grade;
            case TEMPERATURE -> temperature;
            case STAGE -> stage;
            case PRIORITY -> priority;
        };
    }

    /** The classification dimensions a report counts leads by. */
    enum Dimension { GRADE, TEMPERATURE, STAGE, PRIORITY }
}
