package io.leadrules.app.lead;

import io.leadrules.app.scoring.ActivityData;
import io.leadrules.app.scoring.ScoringSettings;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.app.system.ProblemType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores posted activities once: an id the lead already has, or one repeated in the same post, is a duplicate and
 * is neither stored nor counted again. The caller holds the lead's row lock, so two posts never both store an id.
 */
@Component
class ActivityIntake {

    private final ActivityLog log;
    private final LeadRecords records;
    private final ScoringSettings settings;

    ActivityIntake(ActivityLog log, LeadRecords records, ScoringSettings settings) {
        this.log = log;
        this.records = records;
        this.settings = settings;
    }

    /** One request carries at most {@code leadrules.scoring.max-activities} activities, as for scores. */
    void checkCount(int count) {
        int limit = settings.maxActivities();
        if (count > limit) {
            throw new ProblemException(ProblemType.TOO_MANY_ACTIVITIES, "The request has " + count
                    + " activities; at most " + limit + " are allowed. Send them in several requests.")
                    .with("errors", List.of(new FieldProblem("activities",
                            "must hold at most " + limit + " activities, not " + count)));
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Intake take(StoredLead lead, List<ActivityData> posted, Instant now) {
        Set<String> stored = log.existingIds(lead.id(), posted.stream().map(ActivityData::id).distinct().toList());
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new LinkedHashSet<>();
        List<String> accepted = new ArrayList<>();
        for (ActivityData activity : posted) {
            if (stored.contains(activity.id()) || !seen.add(activity.id())) {
                duplicates.add(activity.id());
            } else {
                log.append(records.toStored(activity, lead.id(), now));
                accepted.add(activity.id());
            }
        }
        return new Intake(List.copyOf(accepted), List.copyOf(duplicates));
    }

    /** The ids stored now, in the order posted, and the ids that were not (each once). */
    record Intake(List<String> accepted, List<String> duplicates) {

        boolean anyAccepted() {
            return !accepted.isEmpty();
        }
    }
}
