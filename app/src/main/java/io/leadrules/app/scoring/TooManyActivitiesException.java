package io.leadrules.app.scoring;

import io.leadrules.app.system.FieldProblem;
import java.util.List;
import org.springframework.web.ErrorResponseException;

/** A request carried more activities than {@code leadrules.scoring.max-activities} allows. */
class TooManyActivitiesException extends ErrorResponseException {

    TooManyActivitiesException(int sent, int limit) {
        super(ScoringProblem.TOO_MANY_ACTIVITIES.status(), ScoringProblem.TOO_MANY_ACTIVITIES.problem(
                "The request has " + sent + " activities; at most " + limit + " are allowed. Send only the "
                        + limit + " most recent ones: activities older than 180 days count nothing anyway.",
                List.of(new FieldProblem("activities", "must hold at most " + limit + " activities, not " + sent))),
                null);
    }
}
