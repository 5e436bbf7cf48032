package io.leadrules.app.scoring.batch;

import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.scoring.InvalidLead;
import io.leadrules.app.scoring.LeadFactsMapper;
import io.leadrules.app.scoring.ScoreRequest;
import io.leadrules.app.scoring.ScoringProblem;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.JsonReadProblems;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.SystemProblem;
import io.leadrules.rules.model.AttributeDeclaration;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * One NDJSON line -> a lead to score, through the very checks of {@code POST /api/v1/scores}: the same JSON
 * mapping (strict types, unknown members refused), Bean Validation, the activity limit and {@link CustomDataCheck}
 * against the scoring version's declarations. A line that fails any of them becomes its problem.
 */
final class JsonLineReading {

    private final ObjectReader json;
    private final Validator validator;
    private final CustomDataCheck checks;
    private final LeadFactsMapper facts;
    private final int maxActivities;

    JsonLineReading(JsonMapper json, Validator validator, CustomDataCheck checks, LeadFactsMapper facts,
                    int maxActivities) {
        this.json = json.readerFor(ScoreRequest.class);
        this.validator = validator;
        this.checks = checks;
        this.facts = facts;
        this.maxActivities = maxActivities;
    }

    BatchItem read(BatchItem.Unread line, List<AttributeDeclaration> declared, Instant started) {
        ScoreRequest request;
        try {
            request = json.readValue(line.text());
        } catch (JacksonException e) {
            return refused(line, null, LineProblem.of(JsonReadProblems.describe(e)));
        }
        if (request == null) {
            return refused(line, null, LineProblem.of(SystemProblem.MALFORMED_JSON, "A line must be one JSON "
                    + "object like {\"lead\": {...}, \"activities\": [...]}, not null.", List.of()));
        }
        String externalId = request.lead() == null ? null : request.lead().externalId();
        try {
            check(request, declared);
        } catch (ProblemException e) {
            return refused(line, externalId, LineProblem.of(e));
        }
        Instant asOf = request.asOf() != null ? request.asOf() : started;
        return new BatchItem.Scorable(line.line(), null, facts.toInput(request, asOf));
    }

    private void check(ScoreRequest request, List<AttributeDeclaration> declared) {
        List<FieldProblem> invalid = validator.validate(request).stream().map(JsonLineReading::problem).toList();
        if (!invalid.isEmpty()) {
            throw InvalidLead.of(invalid);
        }
        if (request.activityCount() > maxActivities) {
            throw new ProblemException(ScoringProblem.TOO_MANY_ACTIVITIES, "The line has " + request.activityCount()
                    + " activities; at most " + maxActivities + " are allowed.").with("errors", List.of(
                    new FieldProblem("activities", "must hold at most " + maxActivities + " activities, not "
                            + request.activityCount())));
        }
        checks.require("lead", request.lead().attributes(), request.activities(), declared);
    }

    /** {@code activities[2].<list element>} is the element itself: {@code activities[2]}. */
    private static FieldProblem problem(ConstraintViolation<ScoreRequest> violation) {
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[^>]*>", "");
        return new FieldProblem(path, violation.getMessage());
    }

    private static BatchItem refused(BatchItem.Unread line, String externalId, LineProblem problem) {
        return new BatchItem.Refused(line.line(), null, externalId, problem);
    }
}
