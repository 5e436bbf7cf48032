package io.leadrules.app.lead;

import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.scoring.InvalidLead;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Activities that arrive from elsewhere than an HTTP request (the Kafka consumer, ADR 0041) take the HTTP post's
 * path: the same strict JSON reading, the same checks worded the same way (members named {@code activity.type}
 * instead of {@code activities[0].type}), and {@link ActivityPosting} to store them once under the lead's row lock
 * and rescore. A failure is the exception the HTTP post would answer with: a {@link ProblemException}, or the
 * unreadable-body exception {@link JsonBodies} raises, which the caller words with
 * {@link io.leadrules.app.system.JsonReadProblems}.
 */
@Service
public class ActivityFeed {

    private static final UnaryOperator<String> AS_ONE = field -> field.replaceFirst("^activities\\[0]", "activity");

    private final JsonBodies bodies;
    private final ActivityIntake intake;
    private final CustomDataCheck checks;
    private final ActivityPosting posting;
    private final LeadStore leads;

    ActivityFeed(JsonBodies bodies, ActivityIntake intake, CustomDataCheck checks, ActivityPosting posting,
                 LeadStore leads) {
        this.bodies = bodies;
        this.intake = intake;
        this.checks = checks;
        this.posting = posting;
        this.leads = leads;
    }

    /** The event in {@code json}, checked as the HTTP post checks one activity. */
    public ActivityEvent read(byte[] json) {
        JsonNode tree = bodies.tree(json);
        if (!tree.isObject()) {
            throw InvalidLead.of("", "must be one JSON object: {\"leadId\": \"...\", \"activity\": {\"id\": \"e7\", "
                    + "\"type\": \"PAGE_VIEW\", \"occurredAt\": \"2026-11-22T10:00:00Z\"}}");
        }
        ActivityEvent event = bodies.read(tree, ActivityEvent.class);
        bodies.validate(event);
        bodies.validate(new ActivityPost(List.of(event.activity())), AS_ONE);
        List<FieldProblem> problems = new ArrayList<>(checks.activities(List.of(event.activity())).stream()
                .map(p -> new FieldProblem(AS_ONE.apply(p.field()), p.message())).toList());
        problems.addAll(leadReferenceProblems(event));
        if (!problems.isEmpty()) {
            throw InvalidLead.of(problems);
        }
        return event;
    }

    /** The id of the lead the event names: as given, or the stored lead with the externalId (a 404 problem if none). */
    public UUID leadOf(ActivityEvent event) {
        if (event.leadId() != null) {
            return event.leadId();
        }
        return leads.findByExternalId(event.externalId()).map(StoredLead::id)
                .orElseThrow(() -> new ProblemException(LeadProblem.LEAD_NOT_FOUND, "No lead has the externalId "
                        + event.externalId() + ".").with("externalId", event.externalId()));
    }

    /**
     * Stores the lead's activities it does not have yet and rescores it, exactly as
     * {@code POST /api/v1/leads/{id}/activities} with these activities as its body; joins the caller's transaction
     * if there is one.
     */
    public Posted post(UUID leadId, List<ActivityData> activities) {
        intake.checkCount(activities.size());
        ActivityPosting.Posted posted = posting.post(leadId, activities);
        return new Posted(posted.intake().accepted().size(), posted.intake().duplicates().size(),
                posted.newDecision() != null);
    }

    /** How many activities were stored and how many were already there; whether a decision was made. */
    public record Posted(int stored, int duplicates, boolean decided) {
    }

    private static List<FieldProblem> leadReferenceProblems(ActivityEvent event) {
        boolean byExternalId = event.externalId() != null;
        if (event.leadId() != null && byExternalId) {
            return List.of(new FieldProblem("externalId", "must not be given with leadId: name the lead by one of "
                    + "them"));
        }
        if (event.leadId() == null && (!byExternalId || event.externalId().isBlank())) {
            return List.of(new FieldProblem("leadId", "is required, or else externalId: the lead the activity "
                    + "belongs to"));
        }
        return List.of();
    }
}
