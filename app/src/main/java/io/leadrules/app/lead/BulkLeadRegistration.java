package io.leadrules.app.lead;

import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.scoring.CustomDataCheck;
import io.leadrules.app.system.FieldProblem;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.CompiledRuleSet;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/v1/leads} for many leads at once (the bulk import): each lead is checked as that endpoint checks
 * its body and stored by the very same {@link LeadRegistration} code (same person, merge, activities, first decision,
 * audit entries), so a lead imported and a lead posted end up alike. What differs is the transaction: a page of
 * leads commits once, which is what makes the import fast on a database that writes each commit to disk. When one
 * lead of the page fails (an activity id taken with other content, two creations of one person at once), the page
 * is undone and stored again one lead at a time, so that only that lead is refused.
 */
@Service
public class BulkLeadRegistration {

    private final LeadRegistration registration;
    private final TransactionTemplate transactions;
    private final JsonBodies bodies;
    private final ActivityIntake intake;
    private final CustomDataCheck checks;
    private final ActiveRuleSet rules;

    BulkLeadRegistration(LeadRegistration registration, TransactionTemplate transactions, JsonBodies bodies,
                         ActivityIntake intake, CustomDataCheck checks, ActiveRuleSet rules) {
        this.registration = registration;
        this.transactions = transactions;
        this.bodies = bodies;
        this.intake = intake;
        this.checks = checks;
        this.rules = rules;
    }

    /** What {@code POST /api/v1/leads} would refuse in this body, member by member; empty when it would store it. */
    public List<FieldProblem> problemsOf(LeadRequest request) {
        try {
            bodies.validate(request);
            intake.checkCount(request.activitiesOrNone().size());
            checks.require("lead", request.lead().attributes(), request.activities(),
                    rules.apply(CompiledRuleSet::attributes));
            return List.of();
        } catch (ProblemException e) {
            return problemsOf(e);
        }
    }

    /** Stores the checked requests, one outcome per request in their order. */
    public List<Outcome> register(List<LeadRequest> page) {
        try {
            return transactions.execute(tx -> page.stream()
                    .map(request -> Outcome.of(registration.registerOnce(request))).toList());
        } catch (ProblemException | DataAccessException e) {
            return page.stream().map(this::alone).toList();
        }
    }

    private Outcome alone(LeadRequest request) {
        try {
            return Outcome.of(registration.register(request));
        } catch (ProblemException e) {
            return Outcome.refused(problemsOf(e));
        } catch (DataAccessException e) {
            if (!UniqueKeys.violated(e)) {
                throw e;
            }
            return Outcome.refused(List.of(new FieldProblem("lead", "was stored by another request at the same "
                    + "time twice over; send it again")));
        }
    }

    /** The members a problem names, or its detail when it names none. */
    public static List<FieldProblem> problemsOf(ProblemException e) {
        if (e.properties().get("errors") instanceof List<?> errors && !errors.isEmpty()
                && errors.stream().allMatch(FieldProblem.class::isInstance)) {
            return errors.stream().map(FieldProblem.class::cast).toList();
        }
        return List.of(new FieldProblem("", e.getMessage()));
    }

    /**
     * What became of one lead: stored (new, or {@code merged} into the same person), or refused with the problems.
     */
    public record Outcome(boolean stored, boolean merged, List<FieldProblem> problems) {

        static Outcome of(LeadRegistration.Registered registered) {
            return new Outcome(true, registered.merged(), List.of());
        }

        static Outcome refused(List<FieldProblem> problems) {
            return new Outcome(false, false, problems);
        }
    }
}
