package io.leadrules.app.lead;

import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.ScoringProblem;
import io.leadrules.app.scoring.ScoringSettings;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores posted activities once: an id the lead already has, or one repeated in the same post, is a duplicate and
 * is neither stored nor counted again, as long as it says the same thing. Under a taken id with other content it
 * is another event, and which one is meant only the client knows: a 409 naming each difference, and the caller's
 * transaction undoes whatever this request stored. The caller holds the lead's row lock, so two posts never both
 * store an id.
 */
@Component
class ActivityIntake {

    private final ActivityLog log;
    private final LeadRecords records;
    private final ScoringSettings settings;
    private final LeadAudit audit;

    ActivityIntake(ActivityLog log, LeadRecords records, ScoringSettings settings, LeadAudit audit) {
        this.audit = audit;
        this.log = log;
        this.records = records;
        this.settings = settings;
    }

    /** One request carries at most {@code leadrules.scoring.max-activities} activities, as for scores. */
    void checkCount(int count) {
        int limit = settings.maxActivities();
        if (count > limit) {
            throw new ProblemException(ScoringProblem.TOO_MANY_ACTIVITIES, "The request has " + count
                    + " activities; at most " + limit + " are allowed. Send them in several requests.")
                    .with("errors", List.of(new FieldProblem("activities",
                            "must hold at most " + limit + " activities, not " + count)));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Intake take(StoredLead lead, List<ActivityData> posted, Instant now) {
        Map<String, StoredActivity> stored = log.existing(lead.id(),
                posted.stream().map(ActivityData::id).distinct().toList());
        Map<String, Integer> seen = new HashMap<>();
        Set<String> duplicates = new LinkedHashSet<>();
        List<StoredActivity> accepted = new ArrayList<>();
        List<FieldProblem> conflicts = new ArrayList<>();
        for (int i = 0; i < posted.size(); i++) {
            ActivityData activity = posted.get(i);
            Integer first = seen.putIfAbsent(activity.id(), i);
            if (stored.containsKey(activity.id()) || first != null) {
                conflicts.addAll(differences(posted, i, stored.get(activity.id()), first));
                duplicates.add(activity.id());
            } else {
                accepted.add(records.toStored(activity, lead.id(), now));
            }
        }
        if (!conflicts.isEmpty()) {
            throw conflict(conflicts);
        }
        log.appendAll(accepted);
        audit.accepted(lead, accepted);
        return new Intake(accepted.stream().map(StoredActivity::activityId).toList(), List.copyOf(duplicates));
    }

    /** How activity {@code i} differs from the stored one under its id, or else from its first occurrence. */
    private List<FieldProblem> differences(List<ActivityData> posted, int i, StoredActivity stored, Integer first) {
        ActivityContent sent = records.toContent(posted.get(i));
        String path = "activities[" + i + "]";
        return stored != null ? sent.differences(path, records.toContent(stored), "stored")
                : sent.differences(path, records.toContent(posted.get(first)), "activities[" + first + "] has");
    }

    private static ProblemException conflict(List<FieldProblem> conflicts) {
        String first = conflicts.get(0).field() + ": " + conflicts.get(0).message();
        return new ProblemException(LeadProblem.ACTIVITY_CONFLICT,
                ProblemMessage.of(conflicts.size() > 1 ? "activity-conflict.detail.more" : "activity-conflict.detail",
                        first)).with("errors", conflicts);
    }

    /** The ids stored now, in the order posted, and the ids that were not (each once). */
    record Intake(List<String> accepted, List<String> duplicates) {

        boolean anyAccepted() {
            return !accepted.isEmpty();
        }
    }
}
