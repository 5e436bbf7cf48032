package io.leadrules.app.calibration;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemText;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of calibrations. Slugs, statuses and texts are part of the API: clients switch on the {@code type}. */
public enum CalibrationProblem implements ProblemType {

    CALIBRATION_NOT_FOUND("calibration-not-found", HttpStatus.NOT_FOUND, "No such calibration",
            "No calibration has this id. Calibration ids are the UUIDs GET /api/v1/rulesets/{id}/calibrations lists.",
            "Check the id, or list the rule version's calibrations."),
    CALIBRATION_ALREADY_APPROVED("calibration-already-approved", HttpStatus.CONFLICT,
            "The calibration was already approved",
            "Only a PROPOSED calibration can be approved. This one is APPROVED (in use) or RETIRED (a newer one of its "
                    + "version was approved since). Nothing changed.",
            "To use it again, propose a new calibration from a backtest and have it approved."),
    CALIBRATION_FOUR_EYES_REQUIRED("calibration-four-eyes-required", HttpStatus.FORBIDDEN,
            "Someone else must approve this calibration",
            "Four eyes are on (leadrules.rules.four-eyes): a calibration cannot be approved by the person who proposed "
                    + "it, as a rule version cannot be activated by its uploader. Nothing changed.",
            "Ask another rule editor to approve it: the detail and proposedBy say who proposed it."),
    CALIBRATION_IMPOSSIBLE("calibration-impossible", HttpStatus.UNPROCESSABLE_CONTENT,
            "These leads cannot be calibrated",
            "A calibration needs at least 30 leads with a score, some that converted and some that did not: a curve "
                    + "fitted on fewer, or on one outcome only, would say the same for every score.",
            "Backtest over more leads, or over a period in which leads both converted and did not; reason says "
                    + "which is missing.");

    private final ProblemText text;

    CalibrationProblem(String slug, HttpStatus status, String title, String when, String fix) {
        this.text = new ProblemText(slug, status, title, when, fix);
    }

    @Override
    public ProblemText text() {
        return text;
    }

    /** Registers these problem types, so that each has its page at {@code /problems/<slug>}. */
    @Component
    static class Catalog implements ProblemCatalog {

        @Override
        public List<CalibrationProblem> problemTypes() {
            return List.of(values());
        }
    }
}
