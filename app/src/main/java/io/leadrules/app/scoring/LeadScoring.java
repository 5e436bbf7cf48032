package io.leadrules.app.scoring;

import io.leadrules.app.decision.Decisions;
import io.leadrules.app.decision.ScoreResponse;
import io.leadrules.app.decision.CalibratedAnswers;
import io.leadrules.app.ruleset.ActiveRuleSet;
import io.leadrules.app.ruleset.RuleSetHistory;
import io.leadrules.app.ruleset.RuleSetLease;
import io.leadrules.app.system.CurrentActor;
import io.leadrules.app.system.ProblemException;
import io.leadrules.rules.engine.CompiledRuleSet;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;

/**
 * Scores one lead with the active rule set, or with any stored version a rule editor names (drafts included, to try
 * a model before it goes live). Stateless: nothing is stored. The answer carries the conversion probability of the
 * scoring version's calibration in use, when it has one.
 */
@Service
class LeadScoring {

    private static final String ACTIVE = "ACTIVE";
    /** Roles by name, as {@link CurrentActor#holds} takes them (the feature does not import security). */
    private static final String EDITOR = "RULE_EDITOR";
    private static final String DEVELOPER = "RULE_DEVELOPER";

    private final ActiveRuleSet rules;
    private final RuleSetHistory versions;
    private final LeadFactsMapper facts;
    private final CalibratedAnswers answers;
    private final Decisions decisions;
    private final CustomDataCheck checks;
    private final CurrentActor actor;
    private final Clock clock;

    LeadScoring(ActiveRuleSet rules, RuleSetHistory versions, LeadFactsMapper facts, CalibratedAnswers answers,
                Decisions decisions, CustomDataCheck checks, CurrentActor actor, Clock clock) {
        this.rules = rules;
        this.versions = versions;
        this.checks = checks;
        this.facts = facts;
        this.answers = answers;
        this.decisions = decisions;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * With {@code version} null, the active rule set; otherwise that stored version (a 404 problem when there is
     * none, a 403 unless the caller may work on rule versions). The attributes are checked against the declarations
     * of the very version that evaluates them.
     */
    ScoreResponse score(ScoreRequest request, String version) {
        Instant asOf = request.asOf() != null ? request.asOf() : clock.instant();
        if (version == null) {
            return ScoreResponse.withRulesetStatus(rules.apply(set -> evaluate(request, asOf, set)), ACTIVE);
        }
        requireRuleRole(version);
        String status = versions.statusOf(version);
        try (RuleSetLease lease = versions.lease(version)) {
            return ScoreResponse.withRulesetStatus(evaluate(request, asOf, lease.rules()), status);
        }
    }

    private ScoreResponse evaluate(ScoreRequest request, Instant asOf, CompiledRuleSet set) {
        checks.require("lead", request.lead().attributes(), request.activities(), set.attributes());
        return answers.answer(decisions.evaluate(facts.toInput(request, asOf), set));
    }

    /**
     * A web form's key scores with what is live, nothing else: trying a draft is rule work, and every version not held
     * compiled costs seconds of compilation.
     */
    private void requireRuleRole(String version) {
        if (!actor.holds(EDITOR) && !actor.holds(DEVELOPER)) {
            throw new ProblemException(ScoringProblem.VERSION_NEEDS_RULE_ROLE, "Scoring with ?version=" + version
                    + " needs the role RULE_EDITOR or RULE_DEVELOPER; without ?version= the active rule set scores.")
                    .with("version", version);
        }
    }
}
