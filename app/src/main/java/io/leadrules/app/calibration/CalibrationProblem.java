package io.leadrules.app.calibration;

import io.leadrules.app.system.ProblemCatalog;
import io.leadrules.app.system.ProblemType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** The problems of calibrations. Slugs, statuses and texts are part of the API: clients switch on the {@code type}. */
public enum CalibrationProblem implements ProblemType {

    CALIBRATION_NOT_FOUND("calibration-not-found", HttpStatus.NOT_FOUND),
    CALIBRATION_ALREADY_APPROVED("calibration-already-approved", HttpStatus.CONFLICT),
    CALIBRATION_FOUR_EYES_REQUIRED("calibration-four-eyes-required", HttpStatus.FORBIDDEN),
    CALIBRATION_IMPOSSIBLE("calibration-impossible", HttpStatus.UNPROCESSABLE_CONTENT);

    private final String slug;
    private final HttpStatus status;

    CalibrationProblem(String slug, HttpStatus status) {
        this.slug = slug;
        this.status = status;
    }

    @Override
    public String slug() {
        return slug;
    }

    @Override
    public HttpStatus status() {
        return status;
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
